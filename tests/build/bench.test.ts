import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

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
    return spawnSync(process.execPath, ['scripts/benchmarks/bench.ts', ...args], { cwd: site.root, encoding: 'utf8' });
  }

  beforeAll(async () => {
    site = await fixtureSite();
    // One round of words alone: the summing up of rounds has a unit test of its own (bench-summary.test.ts).
    const run = bench('--rounds', '1', '--no-heroes', '3');
    output = run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(output);
  });

  afterAll(() => site.remove());

  it('builds cold, then warm after one article is published, then after it is edited', () => {
    // Rounds are whole numbers; the summary's third cell is seconds, to a tenth.
    const measured = rows(output, 3).filter((cells) => cells.length === 11 && /^\d+$/.test(cells[2]!));
    expect(measured.map((cells) => `${cells[1]} ${cells[2]}`)).toEqual(['cold 1', 'warm, 1 published 1', 'warm, 1 edited 1']);
    for (const [, , , seconds, msPerArticle, peak, mbPerArticle] of measured) {
      for (const figure of [seconds, msPerArticle, peak, mbPerArticle]) expect(Number(figure)).toBeGreaterThan(0);
      expect(Math.abs(Number(msPerArticle) - (Number(seconds) * 1000) / 3)).toBeLessThan(100 / 3);
    }
  });

  it('counts the bodies each build rendered: all of them cold, the published or edited one warm', () => {
    const rendered = rows(output, 3)
      .filter((cells) => cells.length === 11 && /^\d+$/.test(cells[2]!))
      .map((cells) => Number(cells[7]));
    expect(rendered).toEqual([3, 1, 1]);
  });

  it('counts the routes each build rendered and the files of the output it changed: every file cold, a few warm', () => {
    const measured = rows(output, 3).filter((cells) => cells.length === 11 && /^\d+$/.test(cells[2]!));
    const [cold, published, edited] = measured.map((cells) => ({ routes: Number(cells[8]), files: Number(cells[9]) }));
    expect(cold!.routes).toBeGreaterThan(10);
    expect(published!.routes).toBeGreaterThan(0);
    expect(published!.routes).toBeLessThan(cold!.routes);
    expect(published!.files).toBeGreaterThan(5);
    expect(published!.files).toBeLessThan(cold!.files / 2);
    expect(edited!.files).toBeGreaterThan(0);
    expect(edited!.files).toBeLessThan(published!.files);
    for (const cells of measured) expect(Number(cells[10])).toBeGreaterThan(5);
  });

  it('prints the summary of each kind of build', () => {
    const summaries = rows(output, 3).filter((cells) => cells.length === 11 && !/^\d+$/.test(cells[2]!));
    expect(summaries.map((cells) => cells[1])).toEqual(['cold', 'warm, 1 published', 'warm, 1 edited']);
    for (const [, , seconds, , peak, , highest] of summaries) {
      expect(Number(seconds)).toBeGreaterThan(0);
      expect(Number(highest)).toBeGreaterThanOrEqual(Number(peak));
    }
  });

  it('refuses a number of rounds that is not a whole number', () => {
    const run = bench('--rounds', 'two', '1');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--rounds takes a whole number');
  });
});
