/**
 * The one list of redirects the build emits: each article's short link and
 * each old path it was published under, to the article, and each pull
 * quote's short link, to the article at the quote (a text fragment). Stub pages and
 * every host's redirect file are written from this list, so they can never
 * disagree.
 */
import type { SiteSettings } from '../settings';
import { ContentError } from './content-error';
import { absoluteUrl, withBase } from './paths';
import { textFragment } from './text-fragment';

/** One permanent redirect. */
export interface Redirect {
  /** URL path requested, base path included. */
  from: string;
  /** Where it leads: a path on this site, or an absolute URL when `from` lives on a separate short domain. */
  to: string;
  status: 301;
  /** The article it leads to. */
  articleId: string;
  /** The number of the pull quote it leads to, for a quote's short link. */
  quote?: number;
  /** Site path of the stub page that stands for this redirect on hosts without redirect rules; absent when `from` is on another origin. */
  stubPath?: string;
}

/** What an article contributes. */
export interface RedirectingArticle {
  id: string;
  /** Site path of the article. */
  path: string;
  /** Absolute short URL. */
  shortUrl: string;
  /** Site paths the article was published under before. */
  redirectFrom: readonly string[];
  /** Its pull quotes: each one's number, absolute short URL and words. */
  quotes: readonly { number: number; shortUrl: string; text: string }[];
  /** The article's file, for messages. */
  file: string;
}

/**
 * A path safe to write into every host's configuration: letters, digits
 * and `-._~%/`, starting and ending with `/`. Nothing else can reach an
 * nginx, Apache or Netlify rule, so no frontmatter can inject one.
 */
export const OLD_PATH_PATTERN = /^\/(?:[A-Za-z0-9\-._~%]+\/)+$/;

/** A short-link URL's path must be as plain as an old path (the code's alphabet is). */
const SAFE_PATH = /^\/(?:[A-Za-z0-9\-._~%]+\/?)*$/;

type Site = Pick<SiteSettings, 'siteUrl' | 'basePath'>;

/** Strips the base path from a URL path on this site; undefined when the path is outside it. */
function sitePathOf(site: Site, urlPath: string): string | undefined {
  const base = site.basePath;
  if (urlPath === base.replace(/\/$/, '')) return '/';
  return urlPath.startsWith(base) ? `/${urlPath.slice(base.length)}` : undefined;
}

/** A short link to the article, or with `fragment` to a place in it. */
function shortLinkRedirect(site: Site, article: RedirectingArticle, url: string, fragment = ''): Redirect {
  const short = new URL(url);
  const sameOrigin = short.origin === new URL(site.siteUrl).origin;
  if (!SAFE_PATH.test(short.pathname)) throw new Error(`short URL ${url} has characters a redirect rule cannot hold`);
  const shortStub = sameOrigin ? sitePathOf(site, short.pathname) : undefined;
  return {
    from: short.pathname,
    to: `${sameOrigin ? withBase(site.basePath, article.path) : absoluteUrl(site.siteUrl, site.basePath, article.path)}${fragment}`,
    status: 301,
    articleId: article.id,
    ...(shortStub ? { stubPath: shortStub } : {}),
  };
}

/** An article's redirects: its short link first, then its quotes' short links, then its old paths. */
function articleRedirects(site: Site, article: RedirectingArticle): Redirect[] {
  const articleTarget = withBase(site.basePath, article.path);
  const shortLink = shortLinkRedirect(site, article, article.shortUrl);
  const quotes = article.quotes.map(
    (quote): Redirect => ({ ...shortLinkRedirect(site, article, quote.shortUrl, textFragment(quote.text)), quote: quote.number }),
  );
  const moved = article.redirectFrom.map(
    (path): Redirect => ({
      from: withBase(site.basePath, path),
      to: articleTarget,
      status: 301,
      articleId: article.id,
      stubPath: path,
    }),
  );
  return [shortLink, ...quotes, ...moved];
}

/**
 * Every redirect of the site. Fails, naming the file, when an old path is
 * malformed, is the address of a live article, or is claimed twice.
 */
export function siteRedirects(site: Site, articles: readonly RedirectingArticle[]): Redirect[] {
  const livePaths = new Map(articles.map((article) => [withBase(site.basePath, article.path), article.file]));
  const claimed = new Map<string, string>();
  const redirects: Redirect[] = [];
  for (const article of articles) {
    for (const path of article.redirectFrom) {
      if (!OLD_PATH_PATTERN.test(path)) {
        throw new ContentError(
          article.file,
          'redirectFrom',
          `"${path}" must be a site path such as /section/old-slug/ (letters, digits, -._~%)`,
        );
      }
    }
    for (const redirect of articleRedirects(site, article)) {
      const live = livePaths.get(redirect.from);
      if (live) {
        throw new ContentError(article.file, 'redirectFrom', `${redirect.from} is the address of ${live}, which is live`);
      }
      const other = claimed.get(redirect.from);
      if (other) {
        throw new ContentError(article.file, 'redirectFrom', `${redirect.from} also redirects for ${other}`);
      }
      claimed.set(redirect.from, article.file);
      redirects.push(redirect);
    }
  }
  return redirects;
}

/** A path and its twin with or without the trailing slash: hosts treat them as different addresses. */
export function withAndWithoutSlash(path: string): [string, string] {
  return path.endsWith('/') ? [path.replace(/\/$/, ''), path] : [path, `${path}/`];
}
