import { afterAll, describe, expect, it } from 'vitest';
import { cleanBuild, differences, fileHashes } from '../../scripts/check-reproducible';

/** Two clean builds write the same bytes, and a build with no network at all succeeds. */
describe('the build', () => {
  const removals: (() => Promise<void>)[] = [];
  afterAll(() => Promise.all(removals.map((remove) => remove())));

  it('is byte-for-byte reproducible from clean', async () => {
    const first = await cleanBuild();
    const second = await cleanBuild();
    removals.push(first.remove, second.remove);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const [a, b] = [await fileHashes(first.dist), await fileHashes(second.dist)];
    expect(a.size).toBeGreaterThan(0);
    expect(differences(a, b)).toEqual([]);
  });

  it('succeeds with no network', async () => {
    const offline = await cleanBuild({ offline: true });
    removals.push(offline.remove);
    console.log(`offline build: ${offline.method}`);
    expect(offline.status, offline.output).toBe(0);
  });
});

describe('differences', () => {
  it('names files that changed, appeared or disappeared', () => {
    const a = new Map([['same', '1'], ['changed', '1'], ['gone', '1']]);
    const b = new Map([['same', '1'], ['changed', '2'], ['new', '1']]);
    expect(differences(a, b)).toEqual(['changed', 'gone', 'new']);
  });
});
