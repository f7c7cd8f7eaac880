/**
 * `<PullQuote>`: a sentence from the article set large to draw the eye.
 * Its words repeat the body, so it is hidden from assistive technology and
 * reader modes: they read the sentence once, where the author wrote it
 * (docs/decisions/0003-pull-quotes-are-hidden-from-screen-readers.md).
 * Credited to an author of the site (`by`, an id: the name is filled in
 * when the page is built) or to anyone else (`attribution`), or to no one.
 * After the figure it leaves a marker for the quote's share links, which
 * the page fills (src/features/article-body/quote-links.ts): each quote has a short
 * link of its own (docs/decisions/0021-quote-links-are-the-article-code-and-a-number.md).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { authorNameMarker, markedAuthor } from './author-name.ts';
import type { BodyComponent } from './body-component.ts';
import { QUOTE_LINKS_MARKER } from './quote-links.ts';

/** A pull quote of a rendered body: what its link, card and share targets need. */
export interface BodyQuote {
  /** The quote as plain text, with the body's typography. */
  text: string;
  /** The author id it is credited to. */
  by?: string;
  /** The free-text attribution it is credited to. */
  attribution?: string;
}

const CLASS = 'pull-quote';

export const pullQuote: BodyComponent = {
  name: 'PullQuote',
  props: {
    /** Author id whose name is shown under the quote. */
    by: 'text',
    /** Free-text attribution, for someone who is not an author of the site. */
    attribution: 'text',
  },
  render({ by, attribution }, children): [Element, ...ElementContent[]] {
    const credit: ElementContent[] =
      typeof by === 'string'
        ? [{ type: 'comment', value: authorNameMarker(by) }]
        : typeof attribution === 'string'
          ? [{ type: 'text', value: attribution }]
          : [];
    const figure: Element = {
      type: 'element',
      tagName: 'figure',
      properties: { className: [CLASS], ariaHidden: 'true' },
      children: [
        { type: 'element', tagName: 'blockquote', properties: {}, children },
        ...(credit.length > 0 ? [{ type: 'element' as const, tagName: 'figcaption', properties: {}, children: credit }] : []),
      ],
    };
    return [figure, { type: 'comment' as const, value: QUOTE_LINKS_MARKER }];
  },
};

/** The pull quotes of a rendered body, in order. */
export function pullQuotesOf(tree: Root): BodyQuote[] {
  const quotes: BodyQuote[] = [];
  visit(tree, 'element', (node) => {
    const className = node.properties.className;
    if (node.tagName !== 'figure' || !Array.isArray(className) || !className.includes(CLASS)) return;
    const [blockquote, caption] = node.children.filter((child): child is Element => child.type === 'element');
    const text = hastToString(blockquote!).replace(/\s+/g, ' ').trim();
    const marker = caption?.children.find((child) => child.type === 'comment');
    const by = marker?.type === 'comment' ? markedAuthor(marker.value) : undefined;
    const attribution = caption ? hastToString(caption).trim() : '';
    quotes.push(by ? { text, by } : attribution ? { text, attribution } : { text });
  });
  return quotes;
}
