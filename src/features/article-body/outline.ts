/**
 * A body's headings renumbered so the page's outline has no gaps: the
 * article's title is the page's one `h1`, the body's first level of
 * headings becomes `h2`, and each heading is one level under the nearest
 * heading before it that it was written under. Writers skip levels (a
 * `###` straight under the title, a `####` under a `##`), and a reader
 * who moves through a page by its headings would find levels missing
 * (decision 27).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/** The levels `written` headings take in an outline without gaps under an `h1`: levels 2 to 6. */
export function outlineLevels(written: readonly number[]): number[] {
  const open: number[] = [];
  return written.map((level) => {
    while (open.length > 0 && open.at(-1)! >= level) open.pop();
    open.push(level);
    return Math.min(open.length + 1, 6);
  });
}

/** A rehype plugin: the body's headings renumbered by `outlineLevels`. */
export function rehypeOutline() {
  return (tree: Root): void => {
    const headings: { tagName: string }[] = [];
    visit(tree, 'element', (node) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    const levels = outlineLevels(headings.map(({ tagName }) => Number(HEADING.exec(tagName)![1])));
    headings.forEach((heading, index) => (heading.tagName = `h${levels[index]}`));
  };
}
