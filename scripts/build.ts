/**
 * Builds the site into a staging folder, indexes it for search, and only
 * then replaces `dist/`, so a build that fails (bad frontmatter, a missing
 * author) leaves what was published before exactly as it was.
 *
 * Usage: node scripts/build.ts   (LONGREAD_OUT_DIR picks another final folder)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const finalDir = resolve(process.env.LONGREAD_OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.staging`;
const previousDir = `${finalDir}.previous`;

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
 * V8 lets a busy heap grow to several times what is live between
 * collections, by how much depending on timing: bundling a thousand
 * articles holds under 200 MB of live objects, yet the build peaked
 * anywhere from 1.4 to 1.9 GB. Growing the heap by 30 % at a time keeps
 * the peak under 1.5 GB, with no ceiling that a larger site could hit.
 * Without allocation-site pretenuring: in about one build in five, V8
 * began early in bundling to allocate objects straight into the old
 * generation, which then filled several times as fast and was collected
 * almost twice as often, and bundling took 3 s longer (decision 14).
 */
const ASTRO_NODE_FLAGS = ['--heap-growing-percent=30', '--no-allocation-site-pretenuring'];

/**
 * Rolldown, Astro's bundler, allocates through mimalloc, which returns
 * freed memory to the system only after a delay, in batches: after
 * bundling 1,000 articles it still held about 500 MB through the whole
 * page phase, for some 100 MB in use. Returned as it is freed, that is 150
 * to 250 MB less at Astro's peak, at no cost in time the builds could show
 * (decision 14).
 */
const ROLLDOWN_ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0' };

/** Resolves with a child process's exit status (1 if it could not be started). */
function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    child.on('error', () => done(1));
    child.on('close', (status) => done(status ?? 1));
  });
}

await rm(stagingDir, { recursive: true, force: true });
// Social cards are drawn beside Astro's bundling, on the core it leaves idle (see the script).
const cardDrawing = spawn(process.execPath, [resolve('scripts/draw-cards.ts')], {
  stdio: ['ignore', 'ignore', 'inherit'],
  // glibc gives each of libvips's threads a malloc arena of its own, which keeps what it freed; two are plenty.
  env: { ...buildEnvironment(), MALLOC_ARENA_MAX: '2' },
});
const cardsDrawn = exited(cardDrawing);
// At the lowest priority it takes only what Astro leaves idle: bundling uses both cores at times, and comes first.
try {
  if (cardDrawing.pid !== undefined) setPriority(cardDrawing.pid, constants.priority.PRIORITY_LOW);
} catch {
  // Where priorities cannot be set, the drawer runs at Astro's: slower perhaps, never wrong.
}
// The Node running this script runs Astro too, whatever `node` is first on PATH.
const astro = spawn(process.execPath, [...ASTRO_NODE_FLAGS, resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  // A build must never reach the network, telemetry included.
  env: { ...buildEnvironment(), ...ROLLDOWN_ALLOCATOR_ENV, ASTRO_TELEMETRY_DISABLED: '1', LONGREAD_OUT_DIR: stagingDir },
});
const astroStatus = await exited(astro);
// Once Astro is done every card is drawn: what the early drawing has not reached is not needed.
cardDrawing.kill('SIGTERM');
await cardsDrawn;

if (astroStatus !== 0) await fail(astroStatus);

// The search index covers what readers can reach: pages of this build, article bodies only (data-pagefind-body).
const problems = await indexForSearch(stagingDir);
if (problems.length > 0) {
  console.error(`Search indexing failed:\n${problems.join('\n')}`);
  await fail(1);
}

await rm(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) await rename(finalDir, previousDir);
await rename(stagingDir, finalDir);
await rm(previousDir, { recursive: true, force: true });

/**
 * Writes Pagefind's index into `<dir>/pagefind/`; returns its errors, if
 * any. Through Pagefind's command line, which exits once every file is
 * written: its Node API answers before the files are flushed, and closing
 * it then left files cut short (seen on a busy machine). It prints nothing
 * until it is done, so the build says every ten seconds that it is at work.
 */
async function indexForSearch(dir: string): Promise<string[]> {
  const started = Date.now();
  const indexer = spawn(
    process.execPath,
    [resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', dir, '--output-path', join(dir, 'pagefind')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  indexer.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  indexer.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const progress = setInterval(() => console.log(`Search: indexing the pages (${Math.round((Date.now() - started) / 1000)} s)`), 10_000);
  const status = await exited(indexer).finally(() => clearInterval(progress));
  const pages = /Indexed (\d+) pages?/.exec(stdout)?.[1];
  if (status !== 0 || pages === undefined) return [stderr || stdout || `pagefind exited with ${status}`];
  console.log(`Search: indexed ${pages} ${pages === '1' ? 'page' : 'pages'}.`);
  return [];
}

async function fail(status: number): Promise<never> {
  await rm(stagingDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${finalDir} was left as it was.`);
  process.exit(status);
}
