import { NOT_INDEXED } from '../../lib/page-contract.ts';

/**
 * What the sitemap says of a built page, read from the page itself (the
 * sitemap is written after the pages): left out when it asks not to be
 * indexed (stubs, search) or names another page as canonical (a syndicated
 * article whose original is elsewhere); else listed with its versions in
 * other languages, as its `hreflang` links state them.
 */

/** A page's sitemap entry: its URL and its language alternates. */
export interface SitemapEntry {
  url: string;
  links: { url: string; lang: string }[];
}

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Attributes of each `<link>` in an HTML head, by name. */
function links(html: string): Map<string, string>[] {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  return [...head.matchAll(/<link\b([^>]*)>/g)].map(
    ([, attributes]) => new Map([...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, unescape(value!)])),
  );
}

/** The sitemap entry of the page at `url` whose HTML is `html`, or none if it should not be listed. */
export function sitemapEntry(url: string, html: string): SitemapEntry | undefined {
  if (html.includes(`<meta name="robots" content="${NOT_INDEXED}`)) return undefined;
  const tags = links(html);
  const canonical = tags.find((tag) => tag.get('rel') === 'canonical')?.get('href');
  // Compared as parsed URLs: one may spell a non-ASCII path percent-encoded, the other not.
  if (canonical !== undefined && new URL(canonical, url).href !== new URL(url).href) return undefined;
  const alternates = tags
    .filter((tag) => tag.get('rel') === 'alternate' && tag.has('hreflang') && tag.has('href'))
    .map((tag) => ({ url: tag.get('href')!, lang: tag.get('hreflang')! }));
  return { url, links: alternates };
}
