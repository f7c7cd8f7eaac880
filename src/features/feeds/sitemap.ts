/**
 * The sitemap, written by the build from the pages it built
 * (src/features/build/built-page.ts): an index at `sitemap-index.xml` (which
 * robots.txt names) and the entries in files of at most 45,000 URLs
 * (`sitemap-0.xml`, `sitemap-1.xml`, …), within the protocol's 50,000,
 * each with the page's versions in other languages.
 */
import { escapeHtml } from '../../lib/escape-html.ts';
import type { SitemapEntry } from './sitemap-entry.ts';

/** URLs per sitemap file. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/** The index's file name, below the output folder. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** Addresses in the order a reader of the file expects: as text, numbers by their value (page/2 before page/10). */
const byAddress = new Intl.Collator('en', { numeric: true }).compare;

function urlElement({ url, links }: SitemapEntry): string {
  const alternates = links.map((link) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(link.lang)}" href="${escapeHtml(link.url)}"/>`).join('');
  return `<url><loc>${escapeHtml(url)}</loc>${alternates}</url>`;
}

/** The sitemap's files, by name below the output folder: the index first, then each file of entries it lists. */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, basePath: string, limit = SITEMAP_ENTRY_LIMIT): Map<string, string> {
  const sorted = [...entries].sort((a, b) => byAddress(a.url, b.url));
  const files = new Map<string, string>();
  const chunks = Math.max(1, Math.ceil(sorted.length / limit));
  const names = Array.from({ length: chunks }, (_, i) => `sitemap-${i}.xml`);
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
  files.set(
    SITEMAP_INDEX,
    `${declaration}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names
      .map((name) => `<sitemap><loc>${escapeHtml(new URL(`${basePath}${name}`, siteUrl).href)}</loc></sitemap>`)
      .join('')}</sitemapindex>\n`,
  );
  names.forEach((name, i) => {
    const urls = sorted
      .slice(i * limit, (i + 1) * limit)
      .map(urlElement)
      .join('');
    files.set(name, `${declaration}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls}</urlset>\n`);
  });
  return files;
}
