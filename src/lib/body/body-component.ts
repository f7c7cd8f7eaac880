/**
 * What a component that renders inside article bodies is: its props, as
 * the content rules check them, and how it draws itself as HTML (a hast
 * tree). Each component has this one definition, used by whatever renders
 * a body (src/lib/body/render-body.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { ComponentProps } from '../content-rules.ts';

/** Props as written: a literal string, or `true` for a bare flag. */
export type WrittenProps = Readonly<Record<string, string | true>>;

export interface BodyComponent extends ComponentProps {
  /** The name written in MDX, e.g. `PullQuote`. */
  name: string;
  /** Draws the component from its props and its children, already HTML: an element, or an element and what follows it (a page-time marker). */
  render(props: WrittenProps, children: ElementContent[]): Element | [Element, ...ElementContent[]];
}
