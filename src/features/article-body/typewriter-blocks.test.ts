import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsOnTypewriterBlocks, { typewriterBlocks } from './typewriter-blocks.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const parse = (markdown: string): Root => parser.runSync(parser.parse(markdown)) as Root;
type Transform = (tree: Root) => void;
const typewriterOnly = remarkSmartypantsOnTypewriterBlocks() as Transform;

/** The tree after the plugin, given every block, and given only the typewriter blocks. */
function bothWays(markdown: string, options?: object) {
  const whole = parse(markdown);
  const some = parse(markdown);
  (remarkSmartypants as unknown as (options?: object) => Transform)(options)(whole);
  (remarkSmartypantsOnTypewriterBlocks(options as never) as Transform)(some);
  return { whole, some };
}

/** Blocks that end and begin in the ways the plugin reads quotes by. */
const BLOCKS = [
  'The council met on Tuesday.',
  'The council met on Tuesday',
  'It met Mr.',
  'as agreed, e.g.',
  'and then it rained',
  '"Quoted," she said.',
  "'s all that was left",
  "'80s music played",
  'He said "yes"',
  "It ended with 'no'",
  'Wait -- what?',
  'So... nothing.',
  'Dots . . . spaced.',
  "``Old'' quotes",
  'A `code "span"` here.',
  '*"Emphasis"* first',
  '["A link"](https://news.example/) after',
  '"',
  "'",
  '## A heading',
  '## A "quoted" heading',
  '> A quoted paragraph.',
  '> "Quoted" in a quote',
  '- a list item',
  "- an item's quote",
  '| a | "b" |\n| - | - |\n| c | d |',
  '![A chart](./chart.png)',
  '<PullQuote>\n  A "sentence".\n</PullQuote>',
  '<PullQuote>Plain words.</PullQuote>',
  '---',
  '1990s',
];

/** A document of `count` blocks drawn by a seeded generator, so a failure can be repeated. */
function document(seed: number, count: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length: count }, () => BLOCKS[next() % BLOCKS.length]).join('\n\n');
}

describe('remark-smartypants on typewriter blocks', () => {
  it('changes what the plugin changes on every block, for documents built from blocks that end and begin in every way', () => {
    for (let seed = 1; seed <= 3000; seed += 1) {
      const markdown = document(seed, 2 + (seed % 7));
      const { whole, some } = bothWays(markdown);
      expect(some, markdown).toEqual(whole);
    }
  });

  it('gives the plugin its options', () => {
    const { whole, some } = bothWays('Plain words.\n\nWait -- what?', { dashes: 'oldschool' });
    expect(some).toEqual(whole);
    expect(JSON.stringify(some)).toContain('Wait – what?');
  });

  it('leaves out blocks without typewriter punctuation, keeping the block a given one follows', () => {
    const tree = parse('First words.\n\nMore words.\n\nThen "a quote".\n\nLast words.');
    const texts = typewriterBlocks(tree)!.map((block) => JSON.stringify(block.children));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('More words.');
    expect(texts[1]).toContain('a quote');
    typewriterOnly(tree);
    expect(JSON.stringify(tree)).toContain('Then “a quote”.');
  });

  it('looks past a block without text for the words a given block follows', () => {
    const tree = parse('Words before.\n\n![A chart](./chart.png)\n\n"Quoted" after.');
    expect(typewriterBlocks(tree)).toHaveLength(3);
  });

  it('gives the plugin every block when some text lies outside them', () => {
    const tree = parse('Words.\n\n<PullQuote>\n  "Quoted" in a flow element.\n</PullQuote>');
    const outside: Root = { type: 'root', children: [...tree.children, { type: 'text', value: 'stray' } as never] };
    expect(typewriterBlocks(outside)).toBeUndefined();
  });

  it('gives nothing when no block has typewriter punctuation', () => {
    expect(typewriterBlocks(parse('Curly “quotes” — and… nothing else.\n\nMore.'))).toEqual([]);
  });
});
