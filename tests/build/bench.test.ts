import { spawnSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site';

/** The cells of the output's table rows that start with `articles`, split on `|`. */
function rows(output: string, articles: number): string[][] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(`${articles} | `))
    .map((line) => line.split(' | '));
}

describe('npm run bench', () => {
  let site: FixtureSite;
  let output: string;

  /** Runs the benchmark in the fixture site's copy of the project, where its builds leave nothing behind. */
  function bench(...args: string[]) {
    return spawnSync(process.execPath, ['scripts/bench.ts', ...args], { cwd: site.root, encoding: 'utf8' });
  }

  beforeAll(async () => {
    site = await fixtureSite();
    await cp(resolve(import.meta.dirname, '../../bench'), join(site.root, 'bench'), { recursive: true });
    const run = bench('--rounds', '2', '1');
    output = run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(output);
  });

  afterAll(() => site.remove());

  it('times a full and a bare build, cold and warm, in every round', () => {
    const measured = rows(output, 1).filter((cells) => cells.length === 10);
    expect(measured.map((cells) => `${cells[1]} ${cells[2]}`)).toEqual(['cold 1', 'warm 1', 'cold 2', 'warm 2']);
    for (const [, , , fullSeconds, , fullPeak, bareSeconds, , barePeak, ratio] of measured) {
      for (const figure of [fullSeconds, fullPeak, bareSeconds, barePeak, ratio]) expect(Number(figure)).toBeGreaterThan(0);
      // The seconds are printed to a tenth, the ratio from the unrounded times.
      expect(Math.abs(Number(ratio) - Number(fullSeconds) / Number(bareSeconds))).toBeLessThan(0.1);
    }
  });

  it('sums the rounds up as medians, ranges and the highest peaks', () => {
    const summaries = rows(output, 1).filter((cells) => cells.length === 8);
    expect(summaries.map((cells) => cells[1])).toEqual(['cold', 'warm']);
    for (const [, , , , ratio, range, fullPeak] of summaries) {
      const [lowest, highest] = range!.split('–').map(Number);
      expect(Number(ratio)).toBeGreaterThanOrEqual(lowest!);
      expect(Number(ratio)).toBeLessThanOrEqual(highest!);
      expect(Number(fullPeak)).toBeGreaterThan(0);
    }
  });

  it('refuses a number of rounds that is not a whole number', () => {
    const run = bench('--rounds', 'two', '1');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--rounds takes a whole number');
  });
});
