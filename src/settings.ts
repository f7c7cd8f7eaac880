import { type Host, parseDeployHosts } from './features/host-files/host-limits.ts';

/**
 * What a deployer changes, in one typed place. URL values can be overridden
 * by environment variables so one checkout can build for any host.
 */
export interface SiteSettings {
  /** Absolute URL of the site's root, without the base path (env `SITE_URL`). */
  siteUrl: string;
  /** Path prefix the site is served under, e.g. `/longread/` on GitHub Pages (env `BASE_PATH`). */
  basePath: string;
  /** Name of the publication, shown in the masthead, disclaimers and metadata (env `PUBLICATION_NAME`). */
  publicationName: string;
  /** The publication's line about itself: the front page's and the main feed's description, and the title on the site's own card (env `PUBLICATION_TAGLINE`). */
  tagline: string;
  /** BCP 47 language tag of the publication's main edition. */
  locale: string;
  /** Absolute URL short links are built on; a separate short domain is fine (env `SHORT_LINK_BASE`). */
  shortLinkBase: string;
  /** The publication's X (Twitter) handle, with the `@`. */
  xHandle: string;
  /** Articles on each page of the front page, section, author and tag listings (env `ARTICLES_PER_PAGE`). */
  articlesPerPage: number;
  /** How many articles each onward list ("More from", "Related") at the end of an article offers. */
  onwardReadingLength: number;
  /** How many sections the masthead links; the rest are in its "More" menu. */
  mastheadSections: number;
  /** Whether a syndicated article's canonical URL (and `og:url`) is the original's; `false` keeps it here. */
  canonicalToOriginal: boolean;
  /** Site paths (with `#fragment`) of the pages stating the publication's policies, named in its structured data. */
  policies: {
    publishingPrinciples: string;
    correctionsPolicy: string;
    ethicsPolicy: string;
  };
  /**
   * The hosts the site is deployed to (env `DEPLOY_HOSTS`, comma-separated:
   * netlify, cloudflare, vercel, gitlab, github, nginx, apache, bucket; all
   * of them when unset). Rule files are cut to what the strictest of them
   * reads, and the build reports what fits each.
   */
  deployHosts: readonly Host[];
}

const env = process.env;

/** Removes trailing slashes so URL joins are predictable. */
function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Normalises a base path to the form `/` or `/segment/`. */
function normaliseBasePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const siteUrl = trimTrailingSlash(env.SITE_URL || 'http://localhost:4321');
const publicationName = env.PUBLICATION_NAME || 'Arab News';
const basePath = normaliseBasePath(env.BASE_PATH || '/');

export const settings: SiteSettings = {
  siteUrl,
  basePath,
  publicationName,
  tagline: env.PUBLICATION_TAGLINE || `Long reads and opinion from ${publicationName}.`,
  locale: 'en-US',
  shortLinkBase: trimTrailingSlash(env.SHORT_LINK_BASE || `${siteUrl}${basePath}s`),
  xHandle: '@arabnews',
  articlesPerPage: Number(env.ARTICLES_PER_PAGE) || 20,
  onwardReadingLength: 3,
  mastheadSections: 4,
  canonicalToOriginal: true,
  policies: {
    publishingPrinciples: '/about/',
    correctionsPolicy: '/about/#corrections',
    ethicsPolicy: '/about/#ethics',
  },
  deployHosts: parseDeployHosts(env.DEPLOY_HOSTS),
};

/**
 * Where a build reads its words and keeps its caches: not deployer
 * settings, but one place for every tool that needs them. Fixtures and
 * benchmarks point a build elsewhere with `LONGREAD_CONTENT_DIR` and
 * `LONGREAD_CACHE_DIR`.
 */
export const buildPaths = {
  /** The content tree: articles, authors, sections and the short-link registry. */
  contentDir: env.LONGREAD_CONTENT_DIR ?? './content',
  /** Astro's cache and the drawn social cards. */
  cacheDir: env.LONGREAD_CACHE_DIR ?? './node_modules/.astro',
};
