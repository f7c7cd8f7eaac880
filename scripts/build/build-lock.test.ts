import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LockHolder, acquireLock, isRunning } from './build-lock.ts';

describe('the build lock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'longread-lock-'));
    lockFile = join(dir, 'dist.lock');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is held by one at a time: the second waits, told who holds it, and goes on when it is released', async () => {
    const first = await acquireLock(lockFile);
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    const told: LockHolder[] = [];
    let secondHeld = false;
    const second = acquireLock(lockFile, { waiting: (holder) => told.push(holder), pollMs: 20 }).then((lock) => {
      secondHeld = true;
      return lock;
    });
    await new Promise((resume) => setTimeout(resume, 200));
    expect(secondHeld).toBe(false);
    expect(told).toHaveLength(1);
    expect(told[0]!.pid).toBe(process.pid);
    first.release();
    const lock = await second;
    expect(lock.stillHeld()).toBe(true);
    expect(first.stillHeld()).toBe(true); // The same process holds it again.
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock whose holder has ended, and one that names no one', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const holder = { pid: Number(ended.stdout), started: '1', since: '2026-01-01T00:00:00Z' };
    expect(isRunning(holder)).toBe(false);
    for (const text of [JSON.stringify(holder), 'not a lock']) {
      await writeFile(lockFile, text);
      const told: LockHolder[] = [];
      const lock = await acquireLock(lockFile, { waiting: (h) => told.push(h), pollMs: 20 });
      expect(told).toEqual([]);
      expect(lock.stillHeld()).toBe(true);
      lock.release();
    }
  });

  it('tells a process given the same number later from the holder', () => {
    expect(isRunning({ pid: process.pid, started: '', since: '' })).toBe(true);
    expect(isRunning({ pid: process.pid, started: 'another start', since: '' })).toBe(process.platform !== 'linux');
  });

  it('knows when another build took it over', async () => {
    const lock = await acquireLock(lockFile);
    await writeFile(lockFile, JSON.stringify({ pid: 1, started: '', since: '' }));
    expect(lock.stillHeld()).toBe(false);
    lock.release();
    expect(existsSync(lockFile)).toBe(true);
  });
});
