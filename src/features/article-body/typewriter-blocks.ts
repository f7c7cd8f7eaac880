/**
 * remark-smartypants, given the blocks that have typewriter punctuation.
 * The plugin reads all of a body's text as natural language twice (for
 * quotes, then each text node for dashes and ellipses) and visits every
 * word and space it finds: about half of a body's rendering. What it
 * changes is straight quotes, backticks, double hyphens and runs of dots,
 * and many blocks have none of them (every block of a source already
 * written with typographic punctuation), so a block without any is left
 * out, and rendered as written.
 *
 * What the plugin makes of a quote depends on the words and spaces beside
 * it, across the end of the block before it (the plugin reads every block
 * after a space, as one text). So each block given keeps the block it
 * follows, back to one with text; what comes after a block's last quote
 * does not change what the quote becomes. A body with text outside any
 * block is given whole. The tests compare both ways on generated bodies.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';

/** The plugin's options, passed on as they are. */
type Options = Parameters<typeof remarkSmartypants>[0];

/** The nodes the plugin reads as blocks: it puts a space before each one's text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** What the plugin changes: straight quotes and backticks, two hyphens, dots in a row or spaced apart. */
const TYPEWRITER_PUNCTUATION = /['"`]|--|\.\.|\.\s+\./;

interface Block {
  node: Parent;
  /** The block's text, as the plugin reads it (code spans aside). */
  text: string;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** The plugin's blocks in the order it reads them, or undefined when some text lies outside every block. */
function blocksOf(tree: Root): Block[] | undefined {
  const blocks: Block[] = [];
  let outside = false;
  const walk = (node: Nodes): void => {
    if (BLOCKS.has(node.type)) {
      blocks.push({ node: node as Parent, text: textOf(node) });
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      outside = true;
    } else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(tree);
  return outside ? undefined : blocks;
}

/** The blocks the plugin is given: those with typewriter punctuation, each with the blocks before it back to one with text. */
export function typewriterBlocks(tree: Root): Parent[] | undefined {
  const blocks = blocksOf(tree);
  if (!blocks) return undefined;
  const given = new Set<Parent>();
  blocks.forEach(({ node, text }, index) => {
    if (!TYPEWRITER_PUNCTUATION.test(text)) return;
    given.add(node);
    for (let before = index - 1; before >= 0; before -= 1) {
      given.add(blocks[before]!.node);
      if (blocks[before]!.text.trim() !== '') break;
    }
  });
  return blocks.filter(({ node }) => given.has(node)).map(({ node }) => node);
}

/** A remark plugin: remark-smartypants with `options`, on the blocks that have typewriter punctuation. */
export default function remarkSmartypantsOnTypewriterBlocks(options?: Options) {
  const smartypants = (remarkSmartypants as unknown as (options?: Options) => (tree: Root) => void)(options);
  return (tree: Root): void => {
    const blocks = typewriterBlocks(tree);
    if (!blocks) smartypants(tree);
    else if (blocks.length > 0) smartypants({ type: 'root', children: blocks } as Root);
  };
}
