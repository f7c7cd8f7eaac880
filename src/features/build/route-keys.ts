/**
 * The cache keys of the site's routes (docs/decisions/0026-pages-render-when-what-they-show-changes.md).
 * Astro's incremental build copies a page from its last build instead of
 * rendering it when the page's code and its key are unchanged, so a key
 * must change whenever anything the page shows does: each key here is a
 * hash of the facts the page is rendered from, and of the site-wide facts
 * every page shows (masthead, footer, settings). A fact left out would
 * leave a page stale; the publishing build test compares a warm build
 * with a cold one byte for byte.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { once } from '../../lib/once.ts';
import type { ListingPage } from '../listings/pagination.ts';
import { settings } from '../../settings.ts';
import type { Article } from '../articles/article-queries.ts';
import { orderedSections } from '../listings/navigation-queries.ts';

/** A hash of values: strings as they are, anything else as JSON (dates as ISO strings). */
function keyOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(typeof value === 'string' ? value : (JSON.stringify(value, pictureIdentity) ?? 'undefined')).update('\0');
  return hash.digest('base64url');
}

/** What every page shows of the site: the settings, the sections in the masthead and footer, the pages the footer links. */
export const siteKey = once(async () => {
  const [sections, pages] = await Promise.all([orderedSections(), getCollection('pages')]);
  return keyOf(
    settings,
    sections,
    pages.map((page) => [page.id, page.data]),
  );
});

/**
 * A picture the content names, as its source file's path, size and time:
 * Astro's image objects mark the original as used by the page whenever a
 * property but `fsPath` is read, and a used original is published beside
 * its sizes. Only `fsPath` is read here.
 */
function pictureIdentity(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const fsPath = (value as { fsPath?: unknown }).fsPath;
  if (typeof fsPath !== 'string') return value;
  try {
    const { size, mtimeMs } = statSync(fsPath);
    return { picture: fsPath, size, mtimeMs };
  } catch {
    return { picture: fsPath };
  }
}

/** Each article's facts as JSON, made once a build: every key of its page, cards, stubs and lists uses them. */
const factsJson = new WeakMap<Article, string>();

/**
 * What pages show of an article, as JSON: its data (its pictures as their
 * files), what the site resolved of it, and the digest of its source.
 * Lists show less, but a key that changes too often only renders a page
 * again.
 */
function articleFacts(article: Article): string {
  let json = factsJson.get(article);
  if (json === undefined) {
    const { entry, author, section, ...rest } = article;
    json = JSON.stringify(
      {
        entry: { id: entry.id, digest: entry.digest, data: entry.data },
        author: { id: author.id, data: author.data },
        section: { id: section.id, data: section.data },
        ...rest,
        bodyAuthors: [...article.bodyAuthors],
      },
      pictureIdentity,
    );
    factsJson.set(article, json);
  }
  return json;
}

/** An article's page: the article, what it offers next, and the site. */
export async function articleKey(article: Article, onward: { byAuthor: readonly Article[]; related: readonly Article[] }): Promise<string> {
  return keyOf(await siteKey(), articleFacts(article), onward.byAuthor.map(articleFacts), onward.related.map(articleFacts));
}

/** Each article's card key, made once a build: its card, quote cards, preview crops and stub pages share it. */
const cardKeys = new WeakMap<Article, string>();

/** An article's cards, preview crops and stub pages: the article and the site. */
export async function cardKey(article: Article): Promise<string> {
  let key = cardKeys.get(article);
  if (key === undefined) {
    key = keyOf(await siteKey(), articleFacts(article));
    cardKeys.set(article, key);
  }
  return key;
}

/** A page of a listing: what the listing is, the page's place among the others, the articles it lists, and the site. */
export async function listingKey(listing: unknown, page: ListingPage<Article>): Promise<string> {
  return keyOf(await siteKey(), listing, page.key, page.newer, page.older, page.items.map(articleFacts));
}
