/**
 * Writes the search index of a built site: the article pages, in shards
 * (search-shards.ts), each indexed by Pagefind's command line and kept in
 * the build cache by its key, so a shard whose pages read as before is
 * linked from the cache, not indexed again.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, link, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cachePath } from '../../lib/cache-folders.ts';
import { forEachConcurrently } from '../../lib/concurrently.ts';
import { exitStatus } from '../../lib/exit-status.ts';
import { reportProgress } from '../../lib/progress.ts';
import { type IndexedPage, SEARCH_SHARD_SIZE, SHARD_LIST_FILE, mergedShards, planShards, shardFolder, shardKey } from './search-shards.ts';

const PAGEFIND = resolve('node_modules/pagefind/lib/runner/bin.cjs');
/** Shards indexed by another Pagefind may differ: its version is part of a cached shard's key. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
/**
 * Shards indexed at once. Pagefind keeps about one and a half cores busy
 * on a shard; two at once fill both cores of a small machine (two shards
 * of 2,000 took 9.7 to 9.9 s side by side against 10.7 to 13.4 s one after
 * the other, docs/performance.md). Each holds about 540 MB while it works,
 * so the number stays two on any machine: together they hold less than
 * Astro's process, ended by then, held at its peak.
 */
const SHARDS_AT_ONCE = 2;

/** Runs Pagefind's command line over a folder; resolves with its exit status and what it printed. */
async function pagefind(site: string, output: string): Promise<{ status: number; printed: string }> {
  const indexer = spawn(process.execPath, [PAGEFIND, '--site', site, '--output-path', output], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  indexer.stdout!.on('data', (chunk: Buffer) => (printed += chunk));
  indexer.stderr!.on('data', (chunk: Buffer) => (printed += chunk));
  return { status: await exitStatus(indexer), printed };
}

/**
 * Writes the search index into `<dir>/pagefind/`, in shards of article
 * pages (src/features/search/search-shards.ts); returns the errors, if any. A shard
 * whose pages read as those of a shard indexed before (`searchedPart`)
 * comes from the cache. Through Pagefind's command line, which exits once every file
 * is written: its Node API answers before the files are flushed, and
 * closing it then left files cut short (seen on a busy machine).
 */
export async function indexForSearch(dir: string, articlePages: IndexedPage[], cacheDir: string): Promise<string[]> {
  // Benchmarks and tests may ask for smaller shards, to see many of them.
  const shards = planShards(articlePages, Number(process.env.LONGREAD_SEARCH_SHARD_SIZE) || SEARCH_SHARD_SIZE);
  const started = Date.now();
  let finished = 0;
  const stopProgress = reportProgress(
    console.log,
    () => `Search: ${finished} of ${shards.length} shards ready (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  try {
    const cacheRoot = cachePath(cacheDir, 'searchShards');
    await mkdir(cacheRoot, { recursive: true });
    const keys = shards.map((shard) => shardKey(shard, PAGEFIND_VERSION));
    const problems: string[] = [];
    let indexed = 0;
    await forEachConcurrently([...shards.keys()], SHARDS_AT_ONCE, async (index) => {
      const cached = join(cacheRoot, keys[index]!);
      if (problems.length === 0 && !existsSync(join(cached, 'pagefind-entry.json'))) {
        const problem = await indexShard(dir, shards[index]!, cached);
        if (problem) problems.push(problem);
        else indexed++;
      }
      finished++;
    });
    if (problems.length > 0) return problems;
    // One after the other: the first shard's folder holds the others'.
    for (const [index, key] of keys.entries()) await linkTree(join(cacheRoot, key), join(dir, shardFolder(index)));
    await writeFile(join(dir, SHARD_LIST_FILE), JSON.stringify(mergedShards(shards.length)));
    const used = new Set(keys);
    for (const name of await readdir(cacheRoot)) if (!used.has(name)) await rm(join(cacheRoot, name), { recursive: true, force: true });
    const pages = shards.reduce((sum, shard) => sum + shard.length, 0);
    console.log(
      `Search: indexed ${pages} ${pages === 1 ? 'page' : 'pages'} in ${shards.length} ${shards.length === 1 ? 'shard' : 'shards'} ` +
        `(${indexed} indexed, ${shards.length - indexed} from the cache).`,
    );
    return [];
  } finally {
    stopProgress();
  }
}

/**
 * Puts every file below `from` at the same place below `to`, as a hard
 * link: a shard's index is thousands of small files (a fragment a page),
 * and a cached shard is never written into, only replaced whole. Copied
 * where linking fails (another disk).
 */
async function linkTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length));
    if (entry.isDirectory()) await mkdir(target, { recursive: true });
    else {
      await mkdir(dirname(target), { recursive: true });
      await link(source, target).catch(() => cp(source, target));
    }
  }
}

/** Indexes one shard's pages into `output`; resolves with what Pagefind printed if it failed. */
async function indexShard(dir: string, shard: IndexedPage[], output: string): Promise<string | undefined> {
  // Pagefind indexes a folder: one holding this shard's pages alone, linked from the build.
  const site = await mkdtemp(join(tmpdir(), 'longread-search-'));
  try {
    for (const page of shard) {
      await mkdir(dirname(join(site, page.file)), { recursive: true });
      await link(join(dir, page.file), join(site, page.file));
    }
    await rm(output, { recursive: true, force: true });
    const { status, printed } = await pagefind(site, output);
    return status !== 0 || !/Indexed \d+ pages?/.test(printed) ? printed || `pagefind exited with ${status}` : undefined;
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}
