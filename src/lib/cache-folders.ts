/**
 * What the build cache (`buildPaths.cacheDir`, Astro's `cacheDir`) holds,
 * by name: one list, so the steps that write, read and prune it agree.
 * A deploy that keeps the folder redoes only what changed.
 */
import { join } from 'node:path';

/** The cache's folders and files, relative to the cache folder. */
export const CACHE = {
  /** Rendered article bodies and their facts, by cache key (article-body feature). */
  bodies: 'article-bodies',
  /** Drawn social cards (sharing feature). */
  cards: 'social-cards',
  /** Heroes cropped for link previews (sharing feature). */
  crops: 'preview-images',
  /** QR codes of printed pages (sharing feature). */
  qrCodes: 'qr-codes',
  /** Search shards indexed by Pagefind, by shard key (search feature). */
  searchShards: 'search-index',
  /** Astro's incremental build: the pages it copies when unchanged (Astro names it). */
  astroPages: 'dist',
  /** What the pass after Astro read of each page, by file identity (build feature). */
  pageFacts: 'page-facts.json',
  /** Short codes the last build found new, recorded in the registry once it publishes (short-links feature). */
  newShortLinks: 'new-short-links.json',
  /** Held while a build writes the cache (scripts/build/build-lock.ts). */
  buildLock: 'build.lock',
} as const;

/** The path of one of the cache's folders or files. */
export function cachePath(cacheDir: string, name: keyof typeof CACHE): string {
  return join(cacheDir, CACHE[name]);
}
