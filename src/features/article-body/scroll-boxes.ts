/**
 * Tables and blocks of code keep their shape: a row is not re-flowed nor a
 * line of code broken. On a phone they may be wider than the screen, so
 * each sits in a box of its own that scrolls sideways, and the page never
 * does. The box can be reached and scrolled with the keyboard, and is
 * named for those who cannot see it. A column's alignment, which Markdown
 * writes as the obsolete `align` attribute, becomes a class.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The class of a scrolling box, which its stylesheet (src/styles/scroll-box.css) styles. */
export const SCROLL_BOX_CLASS = 'scroll-box';

/** The accessible names of the boxes, in the article's language. */
export interface ScrollBoxNames {
  table: string;
  code: string;
}

/** A rehype plugin: every `<table>` and `<pre>` of the body in a scrolling box. */
export function rehypeScrollBoxes(names: ScrollBoxNames) {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if ((node.tagName !== 'table' && node.tagName !== 'pre') || !parent || index === undefined) return;
      if (node.tagName === 'table') alignByClass(node);
      const box: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: [SCROLL_BOX_CLASS], tabIndex: 0, ariaLabel: node.tagName === 'table' ? names.table : names.code },
        children: [node],
      };
      parent.children[index] = box;
      return [SKIP, index + 1] as const;
    });
  };
}

/** Each cell's `align` (from a Markdown table's `:--:` row) as a class the stylesheet aligns by. */
function alignByClass(table: Element): void {
  visit(table, 'element', (cell) => {
    const { align } = cell.properties;
    if ((cell.tagName !== 'th' && cell.tagName !== 'td') || typeof align !== 'string') return;
    delete cell.properties.align;
    cell.properties.className = [`align-${align}`];
  });
}
