import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, pruneUnusedCacheFiles, readCacheFile, writeCacheFile } from './cache-file.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'longread-cache-file-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Writes a cache file last touched `hoursAgo` hours ago. */
async function oldFile(name: string, hoursAgo: number): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, name);
  const then = new Date(Date.now() - hoursAgo * 3_600_000);
  await utimes(file, then, then);
  return file;
}

describe('build cache files', () => {
  it('are written whole into folders made as needed, and read back', async () => {
    const file = join(folder, 'cards', 'a.png');
    await writeCacheFile(file, Buffer.from('drawn'));
    expect(await readFile(file, 'utf8')).toBe('drawn');
    expect((await readCacheFile(file))?.toString()).toBe('drawn');
  });

  it('read as missing when the cache does not hold them', async () => {
    expect(await readCacheFile(join(folder, 'never-drawn.png'))).toBeUndefined();
  });

  it('are kept by a build that reads or writes them, and deleted by one that does not', async () => {
    const read = await oldFile('read.png', 24);
    const untouched = await oldFile('untouched.png', 24);
    const leftOver = await oldFile('left-over.png.123.0.partial', 48);
    const buildStarted = new Date();
    await readCacheFile(read);
    await writeCacheFile(join(folder, 'written.png'), Buffer.from('new'));
    expect(await pruneUnusedCacheFiles(folder, buildStarted)).toBe(2);
    expect(existsSync(read)).toBe(true);
    expect(existsSync(join(folder, 'written.png'))).toBe(true);
    expect(existsSync(untouched)).toBe(false);
    expect(existsSync(leftOver)).toBe(false);
  });

  it('keep what was used within a second of the build starting, and prune nothing in a folder not made yet', async () => {
    const buildStarted = new Date();
    const justBefore = await oldFile('just-before.png', 0.5 / 3600);
    expect((await stat(justBefore)).mtimeMs).toBeGreaterThan(buildStarted.getTime() - 1_000);
    expect(await pruneUnusedCacheFiles(folder, buildStarted)).toBe(0);
    expect(await pruneUnusedCacheFiles(join(folder, 'no-such-folder'), buildStarted)).toBe(0);
  });

  it('are named by everything they are made from, the same for the same inputs', () => {
    const key = cacheKey(['drawing 4', { title: 'A headline' }]);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey(['drawing 4', { title: 'A headline' }])).toBe(key);
    const others = [
      cacheKey(['drawing 5', { title: 'A headline' }]),
      cacheKey(['drawing 4', { title: 'Another headline' }]),
      cacheKey(['drawing 4', { title: 'A headline' }], Buffer.from('a photo')),
      cacheKey(['drawing 4', { title: 'A headline' }], Buffer.from('another photo')),
    ];
    expect(new Set([key, ...others]).size).toBe(5);
  });
});
