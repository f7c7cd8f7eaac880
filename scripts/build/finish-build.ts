/**
 * What the build writes after Astro from the pages Astro wrote: the
 * security headers for each host, from every page's inline hashes; the
 * sitemap, from every page's own head; and the list of article pages the
 * search index is made of. Each page is read once for all three
 * (src/features/build/built-page.ts), in this process, after Astro's has ended;
 * a page copied from the last build is not read again.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { type BuiltPage, builtPage } from '../../src/features/build/built-page.ts';
import { forEachConcurrently } from '../../src/lib/concurrently.ts';
import { reportProgress } from '../../src/lib/progress.ts';
import type { IndexedPage } from '../../src/features/search/search-shards.ts';
import { HEADER_FILES, securityHeaderFiles, securityHeaderRules } from '../../src/features/security-headers/security-headers.ts';
import type { SitemapEntry } from '../../src/features/feeds/sitemap-entry.ts';
import { sitemapFiles } from '../../src/features/feeds/sitemap.ts';

/** Pages read at once: enough to hide the disk's round trips, few enough to hold little. */
const PAGES_IN_FLIGHT = 16;

/** What was read of each page by the last build, with the file's identity then; kept in the build cache. */
interface ReadPages {
  /** The site the pages were read for: sitemap entries hold its address. */
  site: string;
  pages: Record<string, { identity: string; page: BuiltPage }>;
}

/**
 * A file's identity: its inode, size and time of change. A page copied
 * from the last build is a link to the same cached file
 * (scripts/build/link-restored-pages.ts), so it keeps its identity and what was
 * read of it holds; a page rendered again is a new file.
 */
async function identity(file: string): Promise<string> {
  const { ino, size, mtimeMs } = await stat(file);
  return `${ino}:${size}:${mtimeMs}`;
}

/**
 * Reads every page below `dir` (or takes what the last build read of it,
 * kept in `cacheFile`, if the file is the same one), writes the security
 * headers and sitemap there, and resolves with the article pages to index
 * for search.
 */
export async function finishBuild(dir: string, site: { siteUrl: string; basePath: string }, cacheFile: string): Promise<IndexedPage[]> {
  const siteKey = `${site.siteUrl}${site.basePath}`;
  const last = await readFile(cacheFile, 'utf8').then(
    (text) => JSON.parse(text) as ReadPages,
    () => undefined,
  );
  const known = last?.site === siteKey ? last.pages : {};
  const next: ReadPages = { site: siteKey, pages: {} };
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const sitemap: SitemapEntry[] = [];
  const articles: IndexedPage[] = [];
  let anySearch = false;
  let read = 0;
  const stopProgress = reportProgress(console.log, () => `Finishing: ${read} of ${files.length} pages read`);
  try {
    await forEachConcurrently(files, PAGES_IN_FLIGHT, async (file) => {
      const id = await identity(join(dir, file));
      const page: BuiltPage = known[file]?.identity === id ? known[file].page : builtPage(file, await readFile(join(dir, file), 'utf8'), site);
      next.pages[file] = { identity: id, page };
      page.hashes.scripts.forEach((hash) => scripts.add(hash));
      page.hashes.styles.forEach((hash) => styles.add(hash));
      anySearch ||= page.needs.search;
      if (page.sitemap) sitemap.push(page.sitemap);
      if (page.search) articles.push(page.search);
      read++;
    });
  } finally {
    stopProgress();
  }

  // Sorted: pages finish in no fixed order, and two builds of the same site must write the same headers.
  const rules = securityHeaderRules(site.basePath, { scripts: [...scripts].sort(), styles: [...styles].sort() }, { search: anySearch });
  const existing = async (name: string) => readFile(join(dir, name), 'utf8').catch(() => undefined);
  const headerFiles = securityHeaderFiles(rules, { apache: await existing(HEADER_FILES.apache), vercel: await existing(HEADER_FILES.vercel) });
  const written = new Map([...headerFiles, ...sitemapFiles(sitemap, site.siteUrl, site.basePath)]);
  await Promise.all([...written].map(([name, text]) => writeFile(join(dir, name), text)));
  await writeFile(cacheFile, JSON.stringify(next));
  console.log(`Security headers from ${files.length} pages' policies (${[...headerFiles.keys()].join(', ')}); a sitemap of ${sitemap.length} pages.`);
  return articles;
}
