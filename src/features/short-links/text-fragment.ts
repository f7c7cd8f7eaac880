/**
 * Text fragments (`#:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/):
 * a link that opens a page scrolled to a passage, highlighted. A quote's
 * short link leads to its article with one.
 */

/** Words past which a fragment names the passage by its first and last words, so a long quote keeps a short URL. */
const WHOLE_QUOTE_WORDS = 10;

/** Words at each end of a long passage. */
const END_WORDS = 4;

/**
 * Text as a fragment directive's value: percent-encoded as a URL component,
 * and also `-` (which marks a prefix or suffix there); `,` and `&` are
 * encoded already. Only ASCII letters, digits and `.!~*'()_` stay as they
 * are, so the fragment is safe in every host's redirect rule.
 */
export function fragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The fragment that opens a page at `passage`: the whole of it, or its first and last words when long. */
export function textFragment(passage: string): string {
  const words = passage.trim().split(/\s+/);
  if (words.length <= WHOLE_QUOTE_WORDS) return `#:~:text=${fragmentText(words.join(' '))}`;
  const start = words.slice(0, END_WORDS).join(' ');
  const end = words.slice(-END_WORDS).join(' ');
  return `#:~:text=${fragmentText(start)},${fragmentText(end)}`;
}
