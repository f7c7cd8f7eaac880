/**
 * The links under each pull quote: its own short link and the share
 * targets with the quote as text. They depend on settings (the short-link
 * base) and on the short-link registry (the quote's number), which a
 * cached body must not freeze, so the pull quote leaves a marker after its
 * figure and the page fills it when it is built, as it does author names.
 * The links sit outside the figure: the figure is hidden from assistive
 * technology (decision 3), and a link inside it could be focused unseen.
 */
import { escapeHtml } from '../../lib/escape-html.ts';
import type { ShareLink } from '../sharing/share-links.ts';
import { SEARCH_IGNORE } from '../../lib/page-contract.ts';

/** The comment a pull quote leaves after its figure. */
export const QUOTE_LINKS_MARKER = 'quote-links';

const MARKER = new RegExp(`<!--${QUOTE_LINKS_MARKER}-->`, 'g');

/** The body with the n-th marker (from 0) replaced by `linksOf(n)`, HTML the caller has escaped. */
export function fillQuoteLinks(html: string, linksOf: (index: number) => string): string {
  let index = 0;
  return html.replace(MARKER, () => linksOf(index++));
}

/**
 * A quote's links as HTML: "Share this quote" to its short link, then each
 * share target. The list is named with the quote, since the quote itself
 * is hidden from screen readers, and left out of the search index, as the
 * share bar is: the links' words ("X") are not the article's.
 */
export function quoteLinksHtml(quote: { text: string; shortUrl: string }, label: string, targets: readonly ShareLink[]): string {
  const links = [{ name: label, href: quote.shortUrl }, ...targets];
  const items = links.map(({ name, href }) => `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></li>`).join('');
  return `<ul class="inline-list quote-share" role="list" ${SEARCH_IGNORE} aria-label="${escapeHtml(`${label}: ${quote.text}`)}">${items}</ul>`;
}
