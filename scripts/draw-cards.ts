/**
 * Draws every published article's social card, and crops every hero photo
 * for its previews, into the build's cache, reading the content files directly. scripts/build.ts runs it beside
 * `astro build`: Astro bundles on one core for most of a build, and this
 * fills the other, so the card routes find their cards drawn. It only
 * fills a cache. A card it has not reached, or an article it cannot read,
 * is drawn by the card route itself; it never fails a build. On SIGTERM
 * it stops after the card in hand.
 *
 * Usage: node scripts/draw-cards.ts
 */
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import sharp from 'sharp';
import { type CardSources, plannedArticleCards, plannedHeroPhotos } from '../src/lib/card-inputs.ts';
import { cropCacheFolder, fillCropCache } from '../src/lib/preview-images.ts';
import { cardCacheFolder, fillCardCache } from '../src/lib/social-card.ts';
import { buildPaths, settings } from '../src/settings.ts';

/** A file's frontmatter block, `---` lines included: all a card is drawn from. */
function frontmatterBlock(source: string): string {
  const end = source.indexOf('\n---', source.indexOf('---') + 3);
  return end === -1 ? source : source.slice(0, end + 4);
}

/**
 * The files of a content folder whose names end in one of `extensions`, by
 * path below it; of articles only their frontmatter, so an archive's bodies
 * are never all in memory.
 */
async function contentFiles(folder: string, extensions: string[]): Promise<Record<string, string>> {
  const names = await readdir(folder, { recursive: true }).catch(() => []);
  const files = names.map((name) => name.split(sep).join('/')).filter((name) => extensions.includes(extname(name))).sort();
  const keep = (source: string) => (extensions.includes('.mdx') ? frontmatterBlock(source) : source);
  // A few at a time: an archive has more files than a process may hold open.
  const read: [string, string][] = [];
  for (let start = 0; start < files.length; start += 64) {
    const batch = files.slice(start, start + 64);
    read.push(...(await Promise.all(batch.map(async (name): Promise<[string, string]> => [name, keep(await readFile(join(folder, name), 'utf8'))]))));
  }
  return Object.fromEntries(read);
}

/** Author and section files by id: the file name without its extension, as Astro's loader names them. */
async function byId(folder: string): Promise<Record<string, string>> {
  const files = await contentFiles(folder, ['.yaml', '.yml', '.json']);
  return Object.fromEntries(Object.entries(files).map(([name, source]) => [name.slice(0, -extname(name).length), source]));
}

/** The files of a content tree that its articles' cards are read from. */
export async function cardSources(contentDir: string): Promise<CardSources> {
  return {
    articles: await contentFiles(join(contentDir, 'articles'), ['.mdx']),
    authors: await byId(join(contentDir, 'authors')),
    sections: await byId(join(contentDir, 'sections')),
  };
}

if (import.meta.main) {
  let stopping = false;
  process.on('SIGTERM', () => (stopping = true));

  // One card at a time on one thread: the point is the core Astro leaves idle, not both.
  sharp.concurrency(1);
  sharp.cache(false);
  const { contentDir, cacheDir } = buildPaths;
  const cardCache = cardCacheFolder(cacheDir);
  const sources = await cardSources(contentDir);
  for (const card of plannedArticleCards(sources, settings.publicationName)) {
    if (stopping) break;
    await fillCardCache(card, cardCache).catch(() => undefined);
  }
  const cropCache = cropCacheFolder(cacheDir);
  for (const photo of plannedHeroPhotos(sources)) {
    if (stopping) break;
    await fillCropCache(join(contentDir, 'articles', photo), cropCache).catch(() => undefined);
  }
}
