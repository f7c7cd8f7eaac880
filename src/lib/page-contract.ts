/**
 * What the pages say to the steps after Astro. Layouts and components
 * write these marks into the HTML; the pass after Astro (the security
 * headers, the sitemap, the search index) reads them back from the built
 * pages. Both sides take them from here, so neither can change alone.
 */

/** Marks the element whose words search indexes: an article page's story. */
export const SEARCH_BODY = 'data-pagefind-body';

/** Marks an element inside the story whose words search leaves out (byline, share lists, the story's footer). */
export const SEARCH_IGNORE = 'data-pagefind-ignore';

/** The OpenGraph property with an article's first publication time; search shards are ordered by it. */
export const PUBLISHED_TIME = 'article:published_time';

/** The robots value of pages that are not listed: the sitemap leaves them out. */
export const NOT_INDEXED = 'noindex';

/** The site path of the search page's script; a page that loads it needs the policy that lets it fetch the index. */
export const SEARCH_SCRIPT = '/search.js';

/** The `http-equiv` of the `<meta>` Content-Security-Policy every page carries; the site's headers are made from them. */
export const PAGE_POLICY = 'content-security-policy';
