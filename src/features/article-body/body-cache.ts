/**
 * Where rendered article bodies are kept: an HTML file per body, and a
 * JSON file of what pages need to know of it, named by its cache key (src/features/articles/loader.ts). Beside Astro's own cache, so a
 * deploy that keeps its cache folder renders only what changed. Bodies
 * stay out of Astro's data store, which is loaded whole into every build:
 * a page reads its own body when it is built, and no more of the archive
 * is in memory at once.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cachePath } from '../../lib/cache-folders.ts';
import { buildPaths } from '../../settings.ts';

/** The folder of rendered bodies. */
export const bodyCacheDir = resolve(cachePath(buildPaths.cacheDir, 'bodies'));

/** The file a body with this cache key is kept in. */
export function bodyCacheFile(key: string): string {
  return join(bodyCacheDir, `${key}.html`);
}

/** The file what pages need to know of a body (reading time, headings…) is kept in. */
export function bodyFactsFile(key: string): string {
  return join(bodyCacheDir, `${key}.json`);
}

/** A rendered body, by its cache key. */
export function cachedBodyHtml(key: string): string {
  return readFileSync(bodyCacheFile(key), 'utf8');
}
