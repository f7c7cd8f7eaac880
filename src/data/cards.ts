import { articleCardInput } from '../lib/card-inputs';
import type { CardInput } from '../lib/social-card';
import { CARD_HEIGHT, CARD_TYPE, CARD_WIDTH, cachedCard, cardCacheFolder } from '../lib/social-card';
import type { PreviewImage } from '../lib/metadata';
import { SITE_CARD_PATH, articleCardPath } from '../lib/paths';
import { buildPaths, settings } from '../settings';
import type { Article } from './articles';

/** Drawn cards are kept beside Astro's own cache, so unchanged cards are not drawn again. */
export const cardCacheDir = cardCacheFolder(buildPaths.cacheDir);

/** The tagline on the site's own card and front page. */
export const siteTagline = `Long reads and opinion from ${settings.publicationName}.`;

/** The site's card: the front page and every page without a card of its own. */
export const siteCard: PreviewImage = {
  path: SITE_CARD_PATH,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  type: CARD_TYPE,
  alt: `${settings.publicationName}: ${siteTagline}`,
};

export const siteCardInput: CardInput = {
  title: siteTagline,
  kicker: settings.publicationName,
  byline: new URL(settings.siteUrl).host,
  publication: settings.publicationName,
  dir: 'ltr',
};

/** What an article's card shows. */
function cardInput({ entry, author, section }: Article): CardInput {
  return articleCardInput(entry.data, {
    section: section.data.name,
    author: author.data.name,
    publication: settings.publicationName,
  });
}

/** An article's card, as link previews are told about it. */
export function articleCard(article: Article): PreviewImage {
  return {
    path: articleCardPath(article.path),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: CARD_TYPE,
    alt: `“${article.entry.data.title}”, by ${article.author.data.name}. ${article.section.data.name}, ${settings.publicationName}.`,
  };
}

/** Cards being drawn ahead of their route into the card cache, by article path. */
const drawing = new Map<string, Promise<unknown>>();

/** How many cards are drawn at once: enough to keep another core busy. */
const DRAWN_AT_ONCE = 2;

/**
 * Starts drawing every article's card into the card cache. sharp draws on
 * libuv's worker threads, so cards started before the pages render are
 * drawn on the machine's other core while the main thread renders pages,
 * instead of one after another once the pages are done. Drawn cards wait
 * in the cache folder, not in memory.
 */
export function startDrawingCards(articles: readonly Article[]): void {
  const lanes: Promise<unknown>[] = Array.from({ length: DRAWN_AT_ONCE }, () => Promise.resolve());
  articles.forEach((article, index) => {
    if (drawing.has(article.path)) return;
    const lane = index % DRAWN_AT_ONCE;
    // A card that fails here is drawn again by its route, which then reports the error.
    lanes[lane] = lanes[lane]!.then(() => cachedCard(cardInput(article), cardCacheDir)).catch(() => undefined);
    drawing.set(article.path, lanes[lane]!);
  });
}

/** An article's card PNG, from the cache once the drawing started ahead has finished. */
export async function articleCardPng(article: Article): Promise<Uint8Array<ArrayBuffer>> {
  await drawing.get(article.path);
  drawing.delete(article.path);
  return (await cachedCard(cardInput(article), cardCacheDir)).png;
}
