import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKER_HEAP_MB, WorkerPool } from './worker-pool.ts';

const DOUBLING = resolve('tests/fixtures/workers/doubling.ts');

describe('WorkerPool', () => {
  it('answers every job, however many more there are than workers', async () => {
    const pool = new WorkerPool<number, number>(DOUBLING, 2);
    try {
      expect(await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(i)))).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    } finally {
      await pool.close();
    }
  });

  it('fails the job in hand when its worker dies, and goes on with a new worker', async () => {
    const pool = new WorkerPool<number, number>(DOUBLING, 1);
    try {
      const results = await Promise.allSettled([pool.run(1), pool.run(-1), pool.run(4)]);
      expect(results[0]).toEqual({ status: 'fulfilled', value: 2 });
      expect(results[1]).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('exit code 3') } });
      expect(results[2]).toEqual({ status: 'fulfilled', value: 8 });
    } finally {
      await pool.close();
    }
  });

  it(`bounds each worker's heap at ${WORKER_HEAP_MB} MB: a job that needs more fails alone, and the next job runs`, async () => {
    const pool = new WorkerPool<number, number>(DOUBLING, 1);
    try {
      const results = await Promise.allSettled([pool.run(Infinity), pool.run(3)]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'ERR_WORKER_OUT_OF_MEMORY' } });
      expect(results[1]).toEqual({ status: 'fulfilled', value: 6 });
    } finally {
      await pool.close();
    }
  });

  it('stops workers left idle, and starts one again for the next job', async () => {
    const pool = new WorkerPool<number, number>(DOUBLING, 2);
    try {
      await Promise.all([pool.run(1), pool.run(2)]);
      expect(pool.size).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(pool.size).toBe(0);
      expect(await pool.run(5)).toBe(10);
      expect(pool.size).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('keeps a process alive while a job is in hand, and not once the pool is idle', () => {
    // Left unclosed, the pool must neither lose the answer nor hold the process open: the run ends by itself.
    const run = spawnSync(process.execPath, [resolve('tests/fixtures/workers/unclosed-pool.ts')], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout.trim()).toBe('answer 42');
    expect(run.status).toBe(0);
  });
});
