/**
 * `npm test`: the type check, the build and the browser tests in one lane,
 * the unit and build tests in another, side by side. Each lane runs its
 * npm scripts in order and stops at the first that fails; every line is
 * printed as it comes, marked with its lane. The browser tests leave a
 * core idle for much of their run (docs/performance.md), which the other
 * lane fills.
 *
 * Usage: node scripts/checks/run-tests.ts   (exits 1 if any script failed)
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { exitStatus } from '../../src/lib/exit-status.ts';

/** The lanes, by name: npm scripts run one after the other. */
const LANES: Record<string, string[]> = {
  site: ['check', 'build', 'test:e2e'],
  unit: ['test:unit'],
};

/** Runs one npm script, printing each line of its output marked with `lane`; resolves with its exit status. */
async function runScript(lane: string, script: string): Promise<number> {
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${lane}] ${line}`));
  }
  return exitStatus(child);
}

/** Runs a lane's scripts in order, stopping at the first that fails; resolves with the names of those that failed. */
async function runLane(lane: string, scripts: readonly string[]): Promise<string[]> {
  for (const script of scripts) {
    const started = Date.now();
    const status = await runScript(lane, script);
    console.log(`[${lane}] npm run ${script}: ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${Math.round((Date.now() - started) / 1000)} s`);
    if (status !== 0) return [script];
  }
  return [];
}

if (import.meta.main) {
  const failed = (await Promise.all(Object.entries(LANES).map(([lane, scripts]) => runLane(lane, scripts)))).flat();
  if (failed.length > 0) {
    console.error(`Failed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
    process.exit(1);
  }
}
