/**
 * Worker threads that render article bodies (src/loaders/body-worker.ts),
 * one body at a time each, so a cold build renders on every core. Bodies
 * are queued as they come and go to whichever worker is free.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedBody } from '../lib/body/render-body';
import type { BodyJob } from './body-worker';

const WORKER = fileURLToPath(new URL('./body-worker.ts', import.meta.url));

interface Queued {
  job: BodyJob;
  done: (answer: { rendered?: RenderedBody; error?: string }) => void;
  failed: (error: unknown) => void;
}

export class BodyRenderPool {
  readonly #idle: Worker[] = [];
  readonly #queue: Queued[] = [];
  readonly #workers: Worker[] = [];
  readonly #threads: number;

  /** Starts up to `threads` workers, each when a body first waits for it. */
  constructor(threads: number) {
    this.#threads = threads;
  }

  /** Renders a body; resolves with it, or with the problem that keeps it from being published. */
  render(job: BodyJob): Promise<{ rendered?: RenderedBody; error?: string }> {
    return new Promise((done, failed) => {
      this.#queue.push({ job, done, failed });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (!worker && this.#workers.length < this.#threads) {
        worker = new Worker(WORKER);
        this.#workers.push(worker);
      }
      if (!worker) return;
      const { job, done, failed } = this.#queue.shift()!;
      const onError = (error: unknown) => failed(error);
      worker.once('error', onError);
      worker.once('message', (answer: { rendered?: RenderedBody; error?: string }) => {
        worker.off('error', onError);
        this.#idle.push(worker);
        done(answer);
        this.#dispatch();
      });
      worker.postMessage(job);
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
