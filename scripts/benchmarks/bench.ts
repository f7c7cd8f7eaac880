/**
 * Builds generated publications of N articles (default 1, 100 and 1,000)
 * as a desk would: from cold caches, then with the caches kept after one
 * article is published (`npm run new`, then published), then after its
 * words are edited. Prints, for each build, wall-clock seconds,
 * milliseconds per article, the peak memory of the whole build (all its
 * processes at once) and per article, how many article bodies and routes
 * it rendered, how many files of the output folder it changed, and how
 * many lines it printed. With `--rounds N`
 * each size is built N times from scratch and summed up as medians, since
 * one build says little on a shared machine.
 *
 * Usage: npm run bench [-- [--rounds 1] [--no-heroes] 1 100 1000]
 * (by default one generated article in three has a hero photo; `--no-heroes` benches words alone)
 * Figures depend on the machine and on what else it runs; see docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { differences, fileHashes } from '../checks/check-reproducible.ts';
import { type Build, summaryCells } from './bench-summary.ts';
import { AUTHORS, SECTIONS, generateArticles } from './generate-articles.ts';

/**
 * Resident memory of a process and all its descendants right now, in kB,
 * from /proc: what the build holds at once, across its processes.
 */
function treeResidentKilobytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      resident.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const pending = [rootPid]; pending.length > 0;) {
    const pid = pending.pop()!;
    total += resident.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a Node program, sampling its process tree's memory every 100 ms; resolves with what it printed. */
function measure(args: string[], env: Record<string, string>): Promise<{ seconds: number; peakMegabytes: number; output: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Built as on the desk's machine, which records new short links (CI builds refuse unrecorded ones).
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CI: '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeResidentKilobytes(child.pid!))), 100);
    child.on('error', fail);
    child.on('close', (status) => {
      clearInterval(sampler);
      if (status !== 0) return fail(new Error(`${args.join(' ')} failed:\n${output}`));
      done({ seconds: (performance.now() - started) / 1000, peakMegabytes: peak / 1024, output });
    });
  });
}

/** Builds the site once; reads how many bodies and routes it rendered from what it printed, and counts the files it changed. */
async function build(
  env: Record<string, string> & { LONGREAD_OUT_DIR: string },
  before: Map<string, string>,
): Promise<{ build: Build; hashes: Map<string, string> }> {
  const { seconds, peakMegabytes, output } = await measure(['scripts/build/build.ts'], env);
  const rendered = /Article bodies: (\d+) rendered/.exec(output)?.[1];
  if (rendered === undefined) throw new Error(`the build printed no count of rendered bodies:\n${output}`);
  const routes = /Pages: (\d+) rendered/.exec(output)?.[1];
  if (routes === undefined) throw new Error(`the build printed no count of rendered pages:\n${output}`);
  const hashes = await fileHashes(env.LONGREAD_OUT_DIR);
  const logLines = output.trimEnd().split('\n').length;
  return {
    build: { seconds, peakMegabytes, rendered: Number(rendered), routes: Number(routes), filesChanged: differences(before, hashes).length, logLines },
    hashes,
  };
}

/** Adds an article as a writer does (`npm run new`, the draft line deleted, two tags and a paragraph added). */
async function publishOne(contentDir: string): Promise<void> {
  const { output } = await measure(
    ['scripts/authoring/new-article.ts', 'A new article for the archive', '--author', AUTHORS[0].id, '--section', SECTIONS[0].id],
    {
      LONGREAD_CONTENT_DIR: contentDir,
    },
  );
  const created = /Created (\S+\.mdx)/.exec(output)?.[1];
  if (!created) throw new Error(`npm run new printed no file:\n${output}`);
  const file = resolve(created);
  const draft = await readFile(file, 'utf8');
  await writeFile(file, `${draft.replace(/^draft: true.*\n/m, '').replace(/^tags: \[\]$/m, 'tags: [Water, Cities]')}\nA paragraph of the desk's own.\n`);
}

/** Edits the words of a published article. */
async function editOne(contentDir: string, edited: string): Promise<void> {
  await appendFile(join(contentDir, 'articles', `${edited}.mdx`), '\nA paragraph the desk added after publication.\n');
}

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '1' }, 'no-heroes': { type: 'boolean', default: false } },
});
const sizes = positionals.length > 0 ? positionals.map(Number) : [1, 100, 1000];
const rounds = Number(options.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1, not ${options.rounds}`);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Sizes are whole numbers of articles: ${positionals.join(' ')}`);

const STATES = ['cold', 'warm, 1 published', 'warm, 1 edited'] as const;
const row = (cells: (string | number)[]) => console.log(cells.join(' | '));
console.log(
  `Node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB RAM; ${rounds} round${rounds === 1 ? '' : 's'}; ` +
    `${options['no-heroes'] ? 'no heroes' : 'a hero photo on one article in three'}.`,
);
row(['articles', 'build', 'round', 's', 'ms/article', 'peak MB', 'MB/article', 'bodies rendered', 'routes rendered', 'files changed', 'log lines']);
const summaries: (string | number)[][] = [];
for (const n of sizes) {
  const builds: Record<(typeof STATES)[number], Build[]> = { cold: [], 'warm, 1 published': [], 'warm, 1 edited': [] };
  for (let round = 1; round <= rounds; round++) {
    // Each round starts from a fresh archive and empty caches.
    const dir = await mkdtemp(join(tmpdir(), 'longread-bench-'));
    try {
      const contentDir = join(dir, 'content');
      const [newest] = await generateArticles(contentDir, n, { heroes: !options['no-heroes'] });
      const env = { LONGREAD_CONTENT_DIR: contentDir, LONGREAD_OUT_DIR: join(dir, 'dist'), LONGREAD_CACHE_DIR: join(dir, 'cache') };
      let hashes = new Map<string, string>();
      for (const state of STATES) {
        if (state === 'warm, 1 published') await publishOne(contentDir);
        if (state === 'warm, 1 edited') await editOne(contentDir, newest!.slug);
        const { build: result, hashes: after } = await build(env, hashes);
        hashes = after;
        builds[state].push(result);
        row([
          n,
          state,
          round,
          result.seconds.toFixed(1),
          ((result.seconds * 1000) / n).toFixed(1),
          result.peakMegabytes.toFixed(0),
          (result.peakMegabytes / n).toFixed(3),
          result.rendered,
          result.routes,
          result.filesChanged,
          result.logLines,
        ]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  for (const state of STATES) summaries.push(summaryCells(n, state, builds[state]));
}
console.log(`\nMedians over ${rounds} round${rounds === 1 ? '' : 's'}:`);
row([
  'articles',
  'build',
  'median s',
  'ms/article',
  'median peak MB',
  'MB/article',
  'highest peak MB',
  'bodies rendered',
  'routes rendered',
  'files changed',
  'log lines',
]);
for (const cells of summaries) row(cells);
