/** Joins a base path (`/` or `/segment/`) and a site path (`/a/b/`). */
export function withBase(basePath: string, path: string): string {
  return `${basePath.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site path of an article: its section, then its slug, with a trailing slash. */
export function articlePath(sectionId: string, slug: string): string {
  return `/${sectionId}/${slug}/`;
}

/** Site path of an author's page. */
export function authorPath(authorId: string): string {
  return `/authors/${authorId}/`;
}

/** Site path of a section's page. */
export function sectionPath(sectionId: string): string {
  return `/${sectionId}/`;
}

/** Absolute URL of a site path, given the site's origin and base path. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return new URL(withBase(basePath, path), `${siteUrl}/`).href;
}

/** Site path of a tag's page, from its slug. */
export function tagPath(tagSlug: string): string {
  return `/tags/${tagSlug}/`;
}

/** Site path of the feed of a listing (`/`, a section, an author). */
export function feedPath(listingPath: string): string {
  return `${listingPath}rss.xml`;
}

/**
 * First path segments the site itself uses. A section with one of these ids
 * would take over `/authors/…`, `/tags/…`, the front page's `/page/2/`,
 * `/search/`, `/corrections/`, short links `/s/…` or the share pages `/share/…`.
 */
export const RESERVED_SECTION_IDS: readonly string[] = ['authors', 'corrections', 'page', 'pagefind', 's', 'search', 'share', 'tags'];

/** Site path of the page that sends a reader to their own Mastodon server to share a link. */
export const MASTODON_SHARE_PATH = '/share/mastodon/';

/** Slugs an article cannot have: `/<section>/page/` leads to the section's later pages. */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ['page'];

/** Site path of an article's social card image. */
export function articleCardPath(articlePathname: string): string {
  return `${articlePathname}card.png`;
}

/** Site path of a preview crop of an article's hero (`card`, `image-16x9`…), beside its page. */
export function articlePreviewPath(articlePathname: string, crop: string): string {
  return `${articlePathname}${crop}.jpg`;
}

/** Site path of the publication's logo (src/pages/logo.png.ts), named in its structured data. */
export const LOGO_PATH = '/logo.png';

/** Site path of the card that represents the whole site. */
export const SITE_CARD_PATH = '/card.png';

/** Short URL of a code: the short-link base, a slash, the code. */
export function shortUrl(shortLinkBase: string, code: string): string {
  return `${shortLinkBase}/${code}`;
}

/** Site path of a pull quote's card, beside its article's card. */
export function quoteCardPath(articlePathname: string, quoteNumber: number): string {
  return `${articlePathname}quote-${quoteNumber}.png`;
}
