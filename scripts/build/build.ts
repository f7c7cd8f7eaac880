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
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { indexForSearch } from '../../src/features/search/search-index.ts';
import { recordNewShortLinks } from '../../src/features/short-links/registry-file.ts';
import type { IndexedPage } from '../../src/features/search/search-shards.ts';
import { pruneUnusedCacheFiles } from '../../src/lib/cache-file.ts';
import { cachePath } from '../../src/lib/cache-folders.ts';
import { ONE_DAY_MS } from '../../src/lib/dates.ts';
import { exitStatus } from '../../src/lib/exit-status.ts';
import { reportProgress } from '../../src/lib/progress.ts';
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

// One build at a time writes this output folder and this cache: a second one waits here.
const cacheDir = resolve(buildPaths.cacheDir);
await mkdir(cacheDir, { recursive: true });
const locks = [];
for (const [lockFile, what] of [
  [`${finalDir}.lock`, finalDir],
  [cachePath(cacheDir, 'buildLock'), cacheDir],
] as const) {
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
for (const [dir, name] of [
  [stagingDir, 'staging'],
  [previousDir, 'previous'],
] as const) {
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
    env: {
      ...buildEnvironment(),
      ASTRO_TELEMETRY_DISABLED: '1',
      LONGREAD_OUT_DIR: stagingDir,
      LONGREAD_ASTRO_OUTPUT_CACHE: cachePath(cacheDir, 'astroPages') + sep,
    },
  },
);
// Astro's line per page is counted, not printed: a progress line every ten seconds says how far it is.
const astroLog = new AstroLogFilter();
astro.stdout!.setEncoding('utf8').on('data', (chunk: string) => process.stdout.write(astroLog.take(chunk)));
let pagesSeen = 0;
const stopPagesProgress = reportProgress(console.log, () => {
  const written = astroLog.pages > pagesSeen ? `Pages: ${astroLog.pages} written` : undefined;
  pagesSeen = astroLog.pages;
  return written;
});
const astroStatus = await exitStatus(astro);
stopPagesProgress();
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
const unusedSince = astroLog.reused === 0 ? buildStarted : new Date(buildStarted.getTime() - CACHE_RETENTION_DAYS * ONE_DAY_MS);
const pruning = pruneImageCaches(unusedSince).catch((error: unknown) =>
  console.warn(`Could not prune the build cache (${error instanceof Error ? error.message : String(error)}); the next build tries again.`),
);

// Security headers and the sitemap, from the pages as Astro wrote them; then the search index over the article pages.
let articlePages: IndexedPage[];
try {
  articlePages = await finishBuild(stagingDir, { siteUrl: settings.siteUrl, basePath: settings.basePath }, cachePath(cacheDir, 'pageFacts'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  await fail(1);
}
// The search index covers what readers can reach: the article pages of this build, their bodies only (data-pagefind-body).
const problems = await indexForSearch(stagingDir, articlePages!, cacheDir);
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
// Short codes are recorded once what uses them is published.
await recordNewShortLinks();

/** Deletes the cached cards, crops and QR codes that no page of this build read or made. */
async function pruneImageCaches(unusedSince: Date): Promise<void> {
  const folders = (['cards', 'crops', 'qrCodes'] as const).map((name) => cachePath(cacheDir, name));
  const deleted = (await Promise.all(folders.map((folder) => pruneUnusedCacheFiles(folder, unusedSince)))).reduce((sum, count) => sum + count, 0);
  if (deleted > 0) console.log(`Build cache: ${deleted} ${deleted === 1 ? 'picture' : 'pictures'} no page uses any more deleted.`);
}

async function fail(status: number): Promise<never> {
  await rm(stagingDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${finalDir} was left as it was.`);
  process.exit(status);
}
