import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The build the end-to-end tests serve. */
export const DIST = resolve(import.meta.dirname, '../../dist');

/**
 * Every HTML file a build emitted, found by walking the output folder, so
 * checks cover pages added later without naming them. Paths are relative
 * to the folder, with forward slashes, sorted.
 */
export function htmlFiles(distDir: string = DIST): string[] {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a static host serves a file at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * URL paths the sitemap lists (following a sitemap index), or none when
 * the build has no sitemap. Locations are absolute; only their path counts.
 */
export function sitemapPaths(distDir: string = DIST): string[] {
  const start = ['sitemap-index.xml', 'sitemap.xml'].find((name) => existsSync(join(distDir, name)));
  if (!start) return [];
  const paths: string[] = [];
  const read = (name: string): void => {
    const xml = readFileSync(join(distDir, name), 'utf8');
    const locations = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    if (/<sitemapindex\b/.test(xml)) locations.forEach((location) => read(location.split('/').pop()!));
    else paths.push(...locations);
  };
  read(start);
  return paths.sort();
}

/** URL paths of every HTML page: the walked files plus anything only the sitemap names. */
export function pagePaths(distDir: string = DIST): string[] {
  return [...new Set([...htmlFiles(distDir).map(urlPath), ...sitemapPaths(distDir)])].sort();
}
