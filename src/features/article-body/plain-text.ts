/**
 * Turns an MDX body into its prose paragraphs, as a reader sees them: no
 * imports or exports, no component blocks, no Markdown syntax. Used where
 * the text matters but the rendering does not (summaries, reading time).
 */
export function proseParagraphs(mdxBody: string): string[] {
  const withoutComponents = mdxBody
    // ESM lines at the top level.
    .replace(/^(import|export)\s.*$/gm, '')
    // Component blocks such as <PullQuote ...>…</PullQuote>; their words repeat or decorate the prose.
    .replace(/^<([A-Z][\w.]*)\b[^>]*>[\s\S]*?^<\/\1>\s*$/gm, '')
    .replace(/^<[A-Z][\w.]*\b[^>]*\/>\s*$/gm, '')
    // MDX comments.
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

  return withoutComponents
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(#{1,6}\s|```|<|---$|\|)/.test(block))
    .map(stripInlineMarkdown)
    .filter((text) => text !== '');
}

/** Removes inline Markdown: links keep their text, emphasis and code keep their words. */
function stripInlineMarkdown(block: string): string {
  return block
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/^>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Counts words; a run of letters, digits or joining punctuation is one word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.,]*/gu)?.length ?? 0;
}
