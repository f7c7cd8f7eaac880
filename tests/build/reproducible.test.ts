import { afterAll, describe, expect, it } from 'vitest';
import { cleanBuild, differences, fileHashes } from '../../scripts/checks/check-reproducible.ts';

/** Two clean builds, one of them with no network at all, write the same bytes. */
describe('the build', () => {
  const removals: (() => Promise<void>)[] = [];
  afterAll(() => Promise.all(removals.map((remove) => remove())));

  // The offline build is itself a clean build: comparing it with an online one proves both promises with two builds.
  it('is byte-for-byte reproducible from clean, and builds the same with no network', async () => {
    const online = await cleanBuild();
    const offline = await cleanBuild({ offline: true });
    removals.push(online.remove, offline.remove);
    console.log(`offline build: ${offline.method}`);
    expect(online.status, online.output).toBe(0);
    expect(offline.status, offline.output).toBe(0);
    const [a, b] = [await fileHashes(online.dist), await fileHashes(offline.dist)];
    expect(a.size).toBeGreaterThan(0);
    expect(differences(a, b)).toEqual([]);
  });
});

describe('differences', () => {
  it('names files that changed, appeared or disappeared', () => {
    const a = new Map([
      ['same', '1'],
      ['changed', '1'],
      ['gone', '1'],
    ]);
    const b = new Map([
      ['same', '1'],
      ['changed', '2'],
      ['new', '1'],
    ]);
    expect(differences(a, b)).toEqual(['changed', 'gone', 'new']);
  });
});
