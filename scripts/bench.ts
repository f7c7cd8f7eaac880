/**
 * Builds generated publications of N articles (default 1, 100 and 1,000)
 * two ways: the full site (`scripts/build.ts`: pages, listings, feeds,
 * sitemap, social cards, search index) and a bare Astro render of the same
 * MDX bodies (`bench/bare`). Each is built from cold caches, then again
 * with the caches the first build left (as a deploy that keeps its cache
 * folder does: content store, social cards). Prints wall time,
 * milliseconds per article and the peak memory of each build's process
 * tree, and the full/bare time ratio. One build says little on its own: a
 * machine's speed drifts by a few per cent from one minute to the next. So
 * each size is built in several rounds, a full build always next to its
 * bare one, and the summary gives the median ratio, its range and the
 * highest peak.
 *
 * Usage: npm run bench [-- [--rounds 3] 1 100 1000]
 * Figures depend on the machine and on what else it runs; see docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './generate-articles.ts';

interface Run {
  seconds: number;
  peakMegabytes: number;
}

/**
 * Peak resident memory of a process and all its descendants, in kB, from
 * /proc: the sum of each live process's high-water mark (VmHWM). Each
 * process's own peak is exact however briefly it lasted; summing them
 * over-counts if they did not coincide, so this errs on the high side.
 */
function treePeakKilobytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const peak = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      peak.set(Number(name), Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const pending = [rootPid]; pending.length > 0; ) {
    const pid = pending.pop()!;
    total += peak.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a Node program, sampling its process tree's peak memory every 50 ms. */
function measure(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treePeakKilobytes(child.pid!))), 50);
    child.on('error', fail);
    child.on('close', (status) => {
      clearInterval(sampler);
      if (status !== 0) return fail(new Error(`${args.join(' ')} failed:\n${errors}`));
      done({ seconds: (performance.now() - started) / 1000, peakMegabytes: peak / 1024 });
    });
  });
}

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' } },
});
const sizes = positionals.length > 0 ? positionals.map(Number) : [1, 100, 1000];
const rounds = Number(options.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1, not ${options.rounds}`);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Sizes are whole numbers of articles: ${positionals.join(' ')}`);
const astro = resolve('node_modules/astro/bin/astro.mjs');

/** The middle value (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One round of one size and cache state: a full build, then a bare one right after it, under the same conditions. */
interface Pair {
  full: Run;
  bare: Run;
}

console.log(`Node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB RAM; ${rounds} rounds.`);
console.log('articles | caches | round | full s | full ms/article | full peak MB | bare s | bare ms/article | bare peak MB | full/bare');
const summaries: string[] = [];
for (const n of sizes) {
  const dir = await mkdtemp(join(tmpdir(), 'longread-bench-'));
  try {
    const contentDir = join(dir, 'content');
    await generateArticles(contentDir, n);
    const pairs: Record<string, Pair[]> = { cold: [], warm: [] };
    for (let round = 1; round <= rounds; round++) {
      // Each round starts from empty caches, builds cold, then warm with what the cold build left.
      const caches = { full: join(dir, `full-cache-${round}`), bare: join(dir, `bare-cache-${round}`) };
      for (const state of ['cold', 'warm']) {
        const full = await measure(['scripts/build.ts'], {
          LONGREAD_CONTENT_DIR: contentDir,
          LONGREAD_OUT_DIR: join(dir, 'full'),
          LONGREAD_CACHE_DIR: caches.full,
        });
        const bare = await measure([astro, 'build', '--root', 'bench/bare'], {
          LONGREAD_CONTENT_DIR: contentDir,
          LONGREAD_OUT_DIR: join(dir, 'bare'),
          LONGREAD_CACHE_DIR: caches.bare,
        });
        pairs[state]!.push({ full, bare });
        const row = [
          n,
          state,
          round,
          full.seconds.toFixed(1),
          ((full.seconds * 1000) / n).toFixed(1),
          full.peakMegabytes.toFixed(0),
          bare.seconds.toFixed(1),
          ((bare.seconds * 1000) / n).toFixed(1),
          bare.peakMegabytes.toFixed(0),
          (full.seconds / bare.seconds).toFixed(2),
        ];
        console.log(row.join(' | '));
      }
    }
    for (const [state, runs] of Object.entries(pairs)) {
      const ratios = runs.map(({ full, bare }) => full.seconds / bare.seconds);
      summaries.push(
        [
          n,
          state,
          median(runs.map(({ full }) => full.seconds)).toFixed(1),
          median(runs.map(({ bare }) => bare.seconds)).toFixed(1),
          median(ratios).toFixed(2),
          `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
          Math.max(...runs.map(({ full }) => full.peakMegabytes)).toFixed(0),
          Math.max(...runs.map(({ bare }) => bare.peakMegabytes)).toFixed(0),
        ].join(' | '),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
console.log(`\nOver ${rounds} rounds:`);
console.log('articles | caches | median full s | median bare s | median full/bare | full/bare range | highest full peak MB | highest bare peak MB');
for (const line of summaries) console.log(line);
