import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';

/** The entry id of an article file: its path below the collection without extension, each segment a slug, as Astro's glob loader makes it. */
export function articleId(relativePath: string): string {
  return relativePath
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** `path` below `dir`, with forward slashes. */
export function pathBelow(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** Every article file below the collection's folder, sorted; none when the folder is missing. */
export async function articleFiles(baseDir: string): Promise<string[]> {
  return (await readdir(baseDir, { recursive: true }).catch(() => []))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(baseDir, name));
}
