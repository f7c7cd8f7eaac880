import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';

/** The plugin's transform: a unified plugin returns it, and this one reads no processor state. */
const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();

/**
 * The body's typography for text taken from it outside the Markdown
 * pipeline (summaries cut from the first paragraph): curly quotes and
 * apostrophes, dashes and ellipses, by the same plugin the body goes through.
 */
export function typographic(text: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  smartypants(tree);
  const paragraph = tree.children[0];
  return paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'text' ? paragraph.children[0].value : text;
}
