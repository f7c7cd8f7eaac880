/**
 * What the files of a built site are for: counts and bytes by kind (article
 * pages, cards, stub pages, listings, search, pictures…), to see what an
 * archive costs a host and what could go.
 *
 * Usage: node scripts/benchmarks/output-census.ts [dist]
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The kind of a file, from its path below the output folder. */
function fileKind(path: string): string {
  if (path.startsWith('pagefind/')) return 'search index';
  if (path.startsWith('_astro/')) return 'pictures';
  if (path.startsWith('s/')) return path.endsWith('index.html') ? 'short-link stub pages' : 'host and site files';
  if (/(^|\/)page\/\d+\/index\.html$/.test(path) || /^(tags|authors)\//.test(path) || path === 'index.html') return 'listing pages';
  if (/\/quote-\d+\.png$/.test(path)) return 'quote cards';
  if (/\/card\.png$/.test(path)) return 'article cards';
  if (/\/(card|image-\w+)\.jpg$/.test(path)) return 'preview crops';
  if (/(^|\/)rss\.xml$/.test(path) || /^sitemap/.test(path)) return 'feeds and sitemaps';
  if (/^[^/]+\/[^/]+\/index\.html$/.test(path)) return 'article pages';
  if (!path.endsWith('.html') && !path.includes('/')) return 'host and site files';
  return 'other pages and old-address stubs';
}

/** Counts and bytes of every kind of file below `dir`, largest first. */
async function census(dir: string): Promise<{ kind: string; files: number; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const kinds = new Map<string, { files: number; bytes: number }>();
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  for (let start = 0; start < files.length; start += 256) {
    for (const { file, size } of await Promise.all(files.slice(start, start + 256).map(async (file) => ({ file, size: (await stat(file)).size })))) {
      const kind = fileKind(file.slice(dir.length + 1));
      const sum = kinds.get(kind) ?? { files: 0, bytes: 0 };
      sum.files++;
      sum.bytes += size;
      kinds.set(kind, sum);
    }
  }
  return [...kinds].map(([kind, sum]) => ({ kind, ...sum })).sort((a, b) => b.bytes - a.bytes);
}

const rows = await census(resolve(process.argv[2] ?? 'dist'));
const total = rows.reduce((sum, row) => ({ files: sum.files + row.files, bytes: sum.bytes + row.bytes }), { files: 0, bytes: 0 });
console.log('kind | files | MB | KB a file');
for (const row of [...rows, { kind: 'all', ...total }]) {
  console.log(`${row.kind} | ${row.files} | ${(row.bytes / 2 ** 20).toFixed(1)} | ${(row.bytes / row.files / 1024).toFixed(1)}`);
}
