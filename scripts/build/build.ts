/**
 * Builds the site into a staging folder, writes its security headers and
 * sitemap (scripts/build/finish-build.ts), indexes it for search, and only then
 * replaces `dist/`, so a build that fails (bad frontmatter, a missing
 * author) leaves what was published before exactly as it was. The build
 * it replaces stays beside it as `dist.previous` until the next build,
 * which deletes it while Astro works: an archive's build is tens of
 * thousands of files, and deleting them after publishing kept the deployer
 * waiting for seconds more. Once Astro has succeeded, the pictures in the
 * build cache that no page used are deleted too. A second build started
 * while one runs waits for it (scripts/build/build-lock.ts).
 *
 * Usage: node scripts/build/build.ts   (LONGREAD_OUT_DIR picks another final folder)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cp, link, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { type IndexedPage, SEARCH_SHARD_SIZE, SHARD_LIST_FILE, mergedShards, planShards, shardFolder, shardKey } from '../../src/features/search/search-shards.ts';
import { pruneUnusedCacheFiles } from '../../src/lib/cache-file.ts';
import { forEachConcurrently } from '../../src/lib/concurrently.ts';
import { buildPaths, settings } from '../../src/settings.ts';
import { acquireLock } from './build-lock.ts';
import { AstroLogFilter } from './build-log.ts';
import { hostFitReport } from './host-fit-report.ts';
import { finishBuild } from './finish-build.ts';

const finalDir = resolve(process.env.LONGREAD_OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.staging`;
const previousDir = `${finalDir}.previous`;
/** Where earlier builds' folders go to be deleted in the background. */
const discardedDir = `${finalDir}.discarded`;
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
/** How often a long step says how far it is. */
const PROGRESS_INTERVAL_MS = 10_000;
/** How long a picture no page has read stays in the cache, when pages were copied from the last build. */
const CACHE_RETENTION_DAYS = 30;

/**
 * The caller's environment, made a production one. Vitest sets
 * NODE_ENV=test and exports its `import.meta.env` (DEV=1 and friends);
 * Astro reads both while it renders, so a build started from a test would
 * otherwise take itself for a development server and publish drafts.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  return env;
}

/**
 * V8 sizes a heap's limit from the machine's memory (4.2 GB on a 24 GB
 * machine) and, under a limit that large, lets garbage gather to as much as
 * four times what is alive before it collects it all. Astro's thread keeps
 * a few hundred megabytes alive while bodies sync and pages render, and its
 * heap grew to 1.4 GB, mostly garbage. Grown by 30 % of what is alive at a
 * time, it stays within a few hundred megabytes, for some dozens more
 * collections of a few tens of milliseconds each. No limit is set, so a
 * larger archive needs nothing raised (docs/performance.md). The flag is
 * the process's, so the worker threads' heaps grow the same way.
 */
const ASTRO_NODE_FLAGS = ['--heap-growing-percent=30'];

/** Resolves with a child process's exit status (1 if it could not be started). */
function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    child.on('error', () => done(1));
    child.on('close', (status) => done(status ?? 1));
  });
}

// One build at a time writes this output folder and this cache: a second one waits here.
const cacheDir = resolve(buildPaths.cacheDir);
await mkdir(cacheDir, { recursive: true });
const locks = [];
for (const [lockFile, what] of [[`${finalDir}.lock`, finalDir], [join(cacheDir, 'build.lock'), cacheDir]] as const) {
  locks.push(
    await acquireLock(lockFile, {
      waiting: (holder) => console.log(`Another build (process ${holder.pid}, started ${holder.since}) is writing ${what}; waiting for it to finish.`),
    }),
  );
}

/** What this build reads or makes in the image caches is marked from now on; what is older was not used. */
const buildStarted = new Date();

// The build before the last one, and any staging folder a stopped build left, move aside at once and are deleted while Astro works.
await mkdir(discardedDir, { recursive: true });
for (const [dir, name] of [[stagingDir, 'staging'], [previousDir, 'previous']] as const) {
  if (existsSync(dir)) await rename(dir, join(discardedDir, `${name}-${Date.now()}-${process.pid}`));
}
// Failing to delete an old build must not stop this one from publishing: the next build tries again.
const discarding = rm(discardedDir, { recursive: true, force: true }).catch((error: unknown) =>
  console.warn(`Could not delete ${discardedDir} (${error instanceof Error ? error.message : String(error)}); the next build tries again.`),
);
// The Node running this script runs Astro too, whatever `node` is first on PATH.
const astro = spawn(
  process.execPath,
  [...ASTRO_NODE_FLAGS, '--import', resolve('scripts/build/link-restored-pages.ts'), resolve('node_modules/astro/bin/astro.mjs'), 'build'],
  {
    stdio: ['inherit', 'pipe', 'inherit'],
    // A build must never reach the network, telemetry included.
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', LONGREAD_OUT_DIR: stagingDir, LONGREAD_ASTRO_OUTPUT_CACHE: join(cacheDir, 'dist', sep) },
  },
);
// Astro's line per page is counted, not printed: a progress line every ten seconds says how far it is.
const astroLog = new AstroLogFilter();
astro.stdout!.setEncoding('utf8').on('data', (chunk: string) => process.stdout.write(astroLog.take(chunk)));
let pagesSeen = 0;
const pagesProgress = setInterval(() => {
  if (astroLog.pages > pagesSeen) console.log(`Pages: ${astroLog.pages} written`);
  pagesSeen = astroLog.pages;
}, PROGRESS_INTERVAL_MS);
const astroStatus = await exited(astro);
clearInterval(pagesProgress);
process.stdout.write(astroLog.end());
console.log(`Pages: ${astroLog.pages - astroLog.reused} rendered, ${astroLog.reused} copied from the last build.`);

if (astroStatus !== 0) await fail(astroStatus);

/**
 * Cards, crops and QR codes no page used (a retitled or deleted article's)
 * leave the cache while the rest is finished. A page copied from the last
 * build reads none of its pictures, so when some were copied, only what no
 * build has used for CACHE_RETENTION_DAYS goes: what a copied page showed
 * stays for the day it is rendered again.
 */
const unusedSince = astroLog.reused === 0 ? buildStarted : new Date(buildStarted.getTime() - CACHE_RETENTION_DAYS * 86_400_000);
const pruning = pruneImageCaches(unusedSince).catch((error: unknown) =>
  console.warn(`Could not prune the build cache (${error instanceof Error ? error.message : String(error)}); the next build tries again.`),
);

// Security headers and the sitemap, from the pages as Astro wrote them; then the search index over the article pages.
let articlePages: IndexedPage[];
try {
  articlePages = await finishBuild(stagingDir, { siteUrl: settings.siteUrl, basePath: settings.basePath }, join(cacheDir, 'page-facts.json'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  await fail(1);
}
// The search index covers what readers can reach: the article pages of this build, their bodies only (data-pagefind-body).
const problems = await indexForSearch(stagingDir, articlePages!);
if (problems.length > 0) {
  console.error(`Search indexing failed:\n${problems.join('\n')}`);
  await fail(1);
}

// What each host the site is for will take of it, said before anything is deployed.
for (const { line, warnings } of await hostFitReport(stagingDir, settings.deployHosts)) {
  console.log(`On ${line}`);
  for (const warning of warnings) console.warn(`Warning: ${warning}`);
}

await Promise.all([discarding, pruning]);
if (!locks.every((lock) => lock.stillHeld())) {
  // The staging folder may be the other build's now: left alone.
  console.error(`Another build took over the lock on ${finalDir} while this one ran; this one publishes nothing.`);
  process.exit(1);
}
if (existsSync(finalDir)) await rename(finalDir, previousDir);
await rename(stagingDir, finalDir);
console.log(`Published to ${finalDir}${existsSync(previousDir) ? `; the build it replaced is kept in ${previousDir} until the next build` : ''}.`);

/**
 * Deletes the cached cards, crops and QR codes that no page of this build
 * read or made. Their modules are loaded only now: the card's brings
 * libvips, which the process that waited on Astro had no need to hold.
 */
async function pruneImageCaches(unusedSince: Date): Promise<void> {
  const [{ cardCacheFolder }, { cropCacheFolder }, { qrCodeCacheFolder }] = await Promise.all([
    import('../../src/features/sharing/social-card.ts'),
    import('../../src/features/sharing/preview-images.ts'),
    import('../../src/features/sharing/qr-code.ts'),
  ]);
  const folders = [cardCacheFolder, cropCacheFolder, qrCodeCacheFolder].map((folder) => folder(cacheDir));
  const deleted = (await Promise.all(folders.map((folder) => pruneUnusedCacheFiles(folder, unusedSince)))).reduce((sum, count) => sum + count, 0);
  if (deleted > 0) console.log(`Build cache: ${deleted} ${deleted === 1 ? 'picture' : 'pictures'} no page uses any more deleted.`);
}

/** Runs Pagefind's command line over a folder; resolves with its exit status and what it printed. */
async function pagefind(site: string, output: string): Promise<{ status: number; printed: string }> {
  const indexer = spawn(process.execPath, [PAGEFIND, '--site', site, '--output-path', output], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  indexer.stdout!.on('data', (chunk: Buffer) => (printed += chunk));
  indexer.stderr!.on('data', (chunk: Buffer) => (printed += chunk));
  return { status: await exited(indexer), printed };
}

/**
 * Writes the search index into `<dir>/pagefind/`, in shards of article
 * pages (src/features/search/search-shards.ts); returns the errors, if any. A shard
 * whose pages read as those of a shard indexed before (`searchedPart`)
 * comes from the cache. Through Pagefind's command line, which exits once every file
 * is written: its Node API answers before the files are flushed, and
 * closing it then left files cut short (seen on a busy machine).
 */
async function indexForSearch(dir: string, articlePages: IndexedPage[]): Promise<string[]> {
  // Benchmarks and tests may ask for smaller shards, to see many of them.
  const shards = planShards(articlePages, Number(process.env.LONGREAD_SEARCH_SHARD_SIZE) || SEARCH_SHARD_SIZE);
  const started = Date.now();
  let finished = 0;
  const progress = setInterval(
    () => console.log(`Search: ${finished} of ${shards.length} shards ready (${Math.round((Date.now() - started) / 1000)} s)`),
    PROGRESS_INTERVAL_MS,
  );
  try {
    const cacheRoot = resolve(buildPaths.cacheDir, 'search-index');
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
    clearInterval(progress);
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

async function fail(status: number): Promise<never> {
  await rm(stagingDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${finalDir} was left as it was.`);
  process.exit(status);
}
