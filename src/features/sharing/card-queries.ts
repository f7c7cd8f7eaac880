import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { CardAnswer, CardJob } from './card-worker.ts';
import { WorkerPool } from '../../lib/worker-pool.ts';
import { cachePath } from '../../lib/cache-folders.ts';
import { articleCardInput } from './card-inputs.ts';
import type { CardInput } from './social-card.ts';
import { CARD_HEIGHT, CARD_TYPE, CARD_WIDTH, cachedCard } from './social-card.ts';
import type { PreviewImage } from './preview-image.ts';
import { SITE_CARD_PATH, articleCardPath, articlePreviewPath } from '../../lib/paths.ts';
import { PREVIEW_CROPS, PREVIEW_TYPE, type PreviewCrop, cachedCrop, cropSize } from './preview-images.ts';
import { type HeroPhoto, heroPhoto } from '../pictures/hero-queries.ts';
import { buildPaths, settings } from '../../settings.ts';
import type { Article, ArticleQuote } from '../articles/article-queries.ts';

/** Drawn cards are kept beside Astro's own cache, so unchanged cards are not drawn again. */
export const cardCacheDir = cachePath(buildPaths.cacheDir, 'cards');

/** Crops of hero photos, likewise. */
const cropCacheDir = cachePath(buildPaths.cacheDir, 'crops');

/** The site's card: the front page and every page without a card of its own. */
export const siteCard: PreviewImage = {
  path: SITE_CARD_PATH,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  type: CARD_TYPE,
  alt: `${settings.publicationName}: ${settings.tagline}`,
};

export const siteCardInput: CardInput = {
  title: settings.tagline,
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

/** A crop of a hero photo, as metadata names it. */
function previewCrop(article: Article, photo: HeroPhoto, crop: PreviewCrop): PreviewImage {
  return { path: articlePreviewPath(article.path, crop.name), ...cropSize(photo, crop), type: PREVIEW_TYPE, alt: photo.alt };
}

/**
 * An article's card, as link previews are told about it: its hero photo
 * cut to 1200×630 if it has one (decision 17), else the drawn card.
 */
export function articleCard(article: Article): PreviewImage {
  const photo = heroPhoto(article);
  if (photo)
    return previewCrop(
      article,
      photo,
      PREVIEW_CROPS.find(({ exact }) => exact)!,
    );
  return {
    path: articleCardPath(article.path),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: CARD_TYPE,
    alt: `“${article.entry.data.title}”, by ${article.author.data.name}. ${article.section.data.name}, ${settings.publicationName}.`,
  };
}

/** The 16:9, 4:3 and 1:1 crops of an article's hero that search engines are offered; none without a hero. */
export function articleSearchImages(article: Article): PreviewImage[] {
  const photo = heroPhoto(article);
  return photo ? PREVIEW_CROPS.filter(({ exact }) => !exact).map((crop) => previewCrop(article, photo, crop)) : [];
}

/**
 * Where cards are drawn: worker threads, one per core (src/features/sharing/card-worker.ts).
 * Started by path, and this module is bundled, so the path is the
 * project's, from the folder Astro runs in.
 */
const CARD_WORKER = resolve('src/features/sharing/card-worker.ts');
let cardWorkers: WorkerPool<CardJob, CardAnswer> | undefined;

/** Draws a card in a worker and keeps it as `file`; Astro renders several routes at once (`build.concurrency`), which keeps every worker busy. */
async function drawInWorker(card: CardInput, file: string): Promise<Uint8Array> {
  cardWorkers ??= new WorkerPool<CardJob, CardAnswer>(CARD_WORKER, availableParallelism());
  const { png, error } = await cardWorkers.run({ card, file });
  if (!png) throw new Error(`The social card "${card.title}" could not be drawn: ${error}`);
  return png;
}

/** An article's card PNG from the card cache, drawn now if it is not there. */
export async function articleCardPng(article: Article): Promise<Uint8Array<ArrayBuffer>> {
  return (await cachedCard(cardInput(article), cardCacheDir, drawInWorker)).png;
}

/** A crop of an article's hero photo from the crop cache, made now if it is not there. */
export async function articlePreviewJpeg(photo: HeroPhoto, crop: PreviewCrop): Promise<Uint8Array<ArrayBuffer>> {
  return cachedCrop(photo.file, crop, cropCacheDir);
}

/** What a pull quote's card shows: the quote in the headline's place, whom it is credited to, the publication. */
function quoteCardInput(article: Article, quote: ArticleQuote): CardInput {
  return articleCardInput(
    { title: `“${quote.text}”`, lang: article.entry.data.lang },
    { section: article.section.data.name, author: quote.credit, publication: settings.publicationName },
  );
}

/** A pull quote's card, as link previews of its short link are told about it. */
export function quoteCard(article: Article, quote: ArticleQuote): PreviewImage {
  return {
    path: quote.cardPath,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: CARD_TYPE,
    alt: `“${quote.text}” ${quote.credit}, in “${article.entry.data.title}”. ${settings.publicationName}.`,
  };
}

/** A pull quote's card PNG, from the card cache or drawn now. */
export async function quoteCardPng(article: Article, quote: ArticleQuote): Promise<Uint8Array<ArrayBuffer>> {
  return (await cachedCard(quoteCardInput(article, quote), cardCacheDir, drawInWorker)).png;
}
