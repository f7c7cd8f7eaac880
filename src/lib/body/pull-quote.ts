/**
 * `<PullQuote>`: a sentence from the article set large to draw the eye.
 * Its words repeat the body, so it is hidden from assistive technology and
 * reader modes: they read the sentence once, where the author wrote it
 * (docs/decisions/0003-pull-quotes-are-hidden-from-screen-readers.md).
 * Credited to an author of the site (`by`, an id: the name is filled in
 * when the page is built) or to anyone else (`attribution`), or to no one.
 */
import type { Element, ElementContent } from 'hast';
import { authorNameMarker } from './author-name.ts';
import type { BodyComponent } from './body-component.ts';

export const pullQuote: BodyComponent = {
  name: 'PullQuote',
  props: {
    /** Author id whose name is shown under the quote. */
    by: 'text',
    /** Free-text attribution, for someone who is not an author of the site. */
    attribution: 'text',
  },
  render({ by, attribution }, children): Element {
    const credit: ElementContent[] =
      typeof by === 'string'
        ? [{ type: 'comment', value: authorNameMarker(by) }]
        : typeof attribution === 'string'
          ? [{ type: 'text', value: attribution }]
          : [];
    return {
      type: 'element',
      tagName: 'figure',
      properties: { className: ['pull-quote'], ariaHidden: 'true' },
      children: [
        { type: 'element', tagName: 'blockquote', properties: {}, children },
        ...(credit.length > 0 ? [{ type: 'element' as const, tagName: 'figcaption', properties: {}, children: credit }] : []),
      ],
    };
  },
};
