/**
 * The one list of redirects the build emits: each article's short link and
 * each old path it was published under, to the article, and each pull
 * quote's short link, to the article at the quote (a text fragment). Stub pages and
 * every host's redirect file are written from this list, so they can never
 * disagree.
 */
import type { SiteSettings } from '../../settings.ts';
import { type AddressConflict, AddressBook, addressKey, describeConflict } from './address-book.ts';
import { ContentError } from '../../lib/content-error.ts';
import { RESERVED_SECTION_IDS, absoluteUrl, feedPath, sectionPath, withBase } from '../../lib/paths.ts';
import { isShortCode } from './short-code.ts';
import { parseQuoteCode } from './short-link-registry.ts';
import { textFragment } from './text-fragment.ts';

/** One permanent redirect. */
export interface Redirect {
  /** URL path requested, base path included. */
  from: string;
  /** Where it leads: a path on this site, or an absolute URL when `from` lives on a separate short domain. */
  to: string;
  status: 301;
  /** An article's or a quote's short link, or an address the article was published under before. */
  kind: 'short link' | 'old address';
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

type Site = Pick<SiteSettings, 'siteUrl' | 'basePath' | 'shortLinkBase'>;

/** The site path (an address key) of the folder short links live in, ending in `/`; undefined when they live on another origin. */
export function shortLinkFolder(site: Site): string | undefined {
  const base = new URL(`${site.shortLinkBase}/`);
  if (base.origin !== new URL(site.siteUrl).origin) return undefined;
  const folder = sitePathOf(site, base.pathname);
  return folder === undefined ? undefined : addressKey(folder).replace(/\/?$/, '/');
}

/** Whether a path segment has the shape of an article's or a quote's short code. */
function isCodeShaped(segment: string): boolean {
  return isShortCode(segment) || isShortCode(parseQuoteCode(segment)?.articleCode ?? '');
}

/** Whether an address key is a file or `_` folder at the site's root (`/rss.xml`, `/_astro`), or hidden anywhere (`/s/.htaccess`): the site's own. */
function isSiteFileKey(key: string): boolean {
  return /^\/[^/]*\.[^/]*$/.test(key) || /^\/_/.test(key) || /\/\./.test(key);
}

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
    kind: 'short link',
    articleId: article.id,
    ...(shortStub ? { stubPath: shortStub } : {}),
  };
}

/** An article's redirects: its short link first, then its quotes' short links, then its old paths. */
function articleRedirects(site: Site, article: RedirectingArticle): Redirect[] {
  const articleTarget = withBase(site.basePath, article.path);
  const shortLink = shortLinkRedirect(site, article, article.shortUrl);
  const quotes = article.quotes.map((quote): Redirect => ({
    ...shortLinkRedirect(site, article, quote.shortUrl, textFragment(quote.text)),
    quote: quote.number,
  }));
  const moved = article.redirectFrom.map((path): Redirect => ({
    from: withBase(site.basePath, path),
    to: articleTarget,
    status: 301,
    kind: 'old address',
    articleId: article.id,
    stubPath: path,
  }));
  return [shortLink, ...quotes, ...moved];
}

/** A section or page: its id (the first segment of its address) and its file. */
export interface OwningEntry {
  id: string;
  file: string;
}

/** What else holds addresses on the site: its sections and its own pages. */
export interface SiteOwners {
  sections: readonly OwningEntry[];
  pages: readonly OwningEntry[];
}

/** Where the site's own folders and files are listed, as messages name it. */
const SITE_OWNER = 'src/lib/paths.ts';

/**
 * An address book holding what the site publishes before any redirect:
 * the front page, its own folders and root files, each section's front,
 * later pages and feed, each page, each article's folder and short links.
 * A short link that lands on something held already is refused.
 */
function publishedAddresses(site: Site, articles: readonly RedirectingArticle[], owners: SiteOwners): AddressBook {
  const book = new AddressBook();
  const refuse = (file: string, field: string, conflict: AddressConflict | undefined) => {
    if (conflict) throw new ContentError(file, field, describeConflict(conflict));
  };
  refuse(SITE_OWNER, '(site)', book.claim('/', { file: SITE_OWNER, what: 'the front page' }));
  const shortFolder = shortLinkFolder(site);
  // The short links' folder is held link by link, below.
  for (const id of RESERVED_SECTION_IDS.filter((id) => sectionPath(id) !== shortFolder)) {
    refuse(SITE_OWNER, '(site)', book.claim(sectionPath(id), { file: SITE_OWNER, what: 'a folder the site uses' }, { folder: true }));
  }
  book.reserve(isSiteFileKey, { file: SITE_OWNER, what: "one of the site's own files" });
  for (const section of owners.sections) {
    const front = sectionPath(section.id);
    refuse(section.file, 'id', book.claim(front, { file: section.file, what: 'the front' }));
    refuse(section.file, 'id', book.claim(`${front}page/`, { file: section.file, what: 'the later pages' }, { folder: true }));
    refuse(section.file, 'id', book.claim(feedPath(front), { file: section.file, what: 'the feed' }));
  }
  for (const page of owners.pages) {
    refuse(page.file, 'id', book.claim(sectionPath(page.id), { file: page.file, what: 'the address' }, { folder: true }));
  }
  for (const article of articles) {
    refuse(article.file, 'slug', book.claim(article.path, { file: article.file, what: 'the address' }, { folder: true }));
  }
  for (const article of articles) {
    const short = shortLinkRedirect(site, article, article.shortUrl);
    if (short.stubPath) refuse(article.file, 'shortCode', book.claim(short.stubPath, { file: article.file, what: 'the short link' }));
    for (const quote of article.quotes) {
      const quoteLink = shortLinkRedirect(site, article, quote.shortUrl);
      if (quoteLink.stubPath)
        refuse(article.file, 'body', book.claim(quoteLink.stubPath, { file: article.file, what: `the short link of quote ${quote.number}` }));
    }
  }
  // Codes not issued yet are kept too: an old path there would be taken by the article that gets the code.
  if (shortFolder !== undefined) {
    book.reserve((key) => `${key}/` === shortFolder || (key.startsWith(shortFolder) && isCodeShaped(key.slice(shortFolder.length))), {
      file: SITE_OWNER,
      what: 'a short link to come',
    });
  }
  return book;
}

/**
 * Every redirect of the site. Fails, naming the file, when an old path is
 * malformed, or is an address the site publishes already (an article, a
 * short link, a section's or page's, the site's own: see
 * src/features/short-links/address-book.ts), or is claimed twice, naming its owner too.
 */
export function siteRedirects(site: Site, articles: readonly RedirectingArticle[], owners: SiteOwners = { sections: [], pages: [] }): Redirect[] {
  for (const article of articles) {
    for (const path of article.redirectFrom) {
      if (!OLD_PATH_PATTERN.test(path)) {
        throw new ContentError(article.file, 'redirectFrom', `"${path}" must be a site path such as /section/old-slug/ (letters, digits, -._~%)`);
      }
    }
  }
  const book = publishedAddresses(site, articles, owners);
  const redirects: Redirect[] = [];
  for (const article of articles) {
    redirects.push(...articleRedirects(site, article));
    for (const path of article.redirectFrom) {
      const conflict = book.claim(path, { file: article.file, what: 'an old address' });
      if (conflict) throw new ContentError(article.file, 'redirectFrom', describeConflict(conflict));
    }
  }
  return redirects;
}

/** A path and its twin with or without the trailing slash: hosts treat them as different addresses. */
export function withAndWithoutSlash(path: string): [string, string] {
  return path.endsWith('/') ? [path.replace(/\/$/, ''), path] : [path, `${path}/`];
}
