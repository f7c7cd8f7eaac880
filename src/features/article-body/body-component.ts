/**
 * What a component that renders inside article bodies is: its props, as
 * the content rules check them, and how it draws itself as HTML (a hast
 * tree). Each component has this one definition, used by whatever renders
 * a body (src/features/article-body/render-body.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { ComponentProps } from '../articles/content-rules.ts';
import type { BodyPicture } from './body-picture.ts';

/** Props as written: a literal string, or `true` for a bare flag. */
export type WrittenProps = Readonly<Record<string, string | true>>;

/** What the renderer offers a component as it draws: a place for a picture, which the page makes responsive. */
export interface BodyContext {
  /** Keeps a picture of the body (at the component's line); returns the marker the page replaces with it. */
  picture(picture: Omit<BodyPicture, 'line'>): ElementContent;
}

export interface BodyComponent extends ComponentProps {
  /** The name written in MDX, e.g. `PullQuote`. */
  name: string;
  /** Draws the component from its props and its children, already HTML: a node, or an element and what follows it (a page-time marker). */
  render(props: WrittenProps, children: ElementContent[], context: BodyContext): ElementContent | [Element, ...ElementContent[]];
}
