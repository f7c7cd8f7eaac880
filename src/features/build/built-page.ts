/**
 * What the steps after Astro need to know of one built page, read from
 * its HTML once: the inline hashes and needs its security headers must
 * allow, its sitemap entry, and, for an article page, what its search
 * shard is keyed by. A page is read once for all three, after Astro has
 * finished, so an archive's pages are never read three times over, nor in
 * Astro's process while it holds the build's largest heap.
 */
import { createHash } from 'node:crypto';
import { PAGE_POLICY } from '../../lib/page-contract.ts';
import { type IndexedPage, indexedPublication, searchedPart } from '../search/search-shards.ts';
import { type InlineHashes, type PageNeeds, inlineHashes, pageNeeds } from '../security-headers/security-headers.ts';
import { type SitemapEntry, sitemapEntry } from '../feeds/sitemap-entry.ts';

export interface BuiltPage {
  /** Its inline blocks' hashes, for the site's Content-Security-Policy header. */
  hashes: InlineHashes;
  needs: PageNeeds;
  /** Its sitemap entry; none if it is not listed. */
  sitemap: SitemapEntry | undefined;
  /** How search indexes it; none if it is not an article page. */
  search: IndexedPage | undefined;
}

/**
 * A page's address from its file below the output folder, in the
 * `directory` build format: `a/b/index.html` is `a/b/`. Other HTML files
 * (the 404 page) have no address of their own.
 */
export function pageUrl(file: string, siteUrl: string, basePath: string): string | undefined {
  if (file !== 'index.html' && !file.endsWith('/index.html')) return undefined;
  return new URL(`${basePath}${file.slice(0, -'index.html'.length)}`, siteUrl).href;
}

/**
 * A copy of `text` that keeps nothing else alive. V8 keeps a piece cut
 * from a string as a slice of it, so a date cut from a page would keep
 * the whole page in memory as long as the date is kept: the build keeps
 * what it reads of every page until all are read, and at 50,000 articles
 * those pages took gigabytes.
 */
function unshared(text: string): string {
  return Buffer.from(text).toString();
}

/**
 * What the build reads of the page `file` (below the output folder) whose
 * HTML is `html`; none of it holds on to the HTML.
 */
export function builtPage(file: string, html: string, site: { siteUrl: string; basePath: string }): BuiltPage {
  if (!html.includes(`http-equiv="${PAGE_POLICY}"`)) throw new Error(`${file}: no Content-Security-Policy; pages get theirs from src/middleware.ts`);
  const url = pageUrl(file, site.siteUrl, site.basePath);
  const publishedAt = indexedPublication(html);
  const sitemap = url === undefined ? undefined : sitemapEntry(url, html);
  return {
    hashes: inlineHashes(html),
    needs: pageNeeds(html),
    sitemap: sitemap && { url: sitemap.url, links: sitemap.links.map((link) => ({ url: unshared(link.url), lang: unshared(link.lang) })) },
    search:
      publishedAt === undefined
        ? undefined
        : { file, publishedAt: unshared(publishedAt), digest: createHash('sha256').update(searchedPart(html)).digest('hex') },
  };
}
