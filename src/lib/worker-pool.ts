/**
 * Worker threads that each do one job at a time, so work the main thread
 * hands out runs on every core: article bodies when content syncs, social
 * cards while pages render. Jobs queue as they come and go to whichever
 * worker is free. Workers start when a job first waits for one; an idle
 * worker does not keep the process alive, and one left idle for a while
 * stops, so a pool whose work is done holds no memory while the rest of
 * the build runs.
 *
 * A worker answers each job with one message. If a worker dies (it threw
 * outside a job, or ran out of memory), the job in hand fails with the
 * reason and the worker is replaced by the next job that needs one.
 */
import { Worker, parentPort } from 'node:worker_threads';

interface Queued<Job, Answer> {
  job: Job;
  transfer: ArrayBuffer[];
  done: (answer: Answer) => void;
  failed: (error: unknown) => void;
}

/** How long a worker waits for another job before it stops. */
const IDLE_MS = 2_000;

/**
 * The most a worker's JavaScript heap may hold. A worker holds one job at a
 * time (a body, a card), so what it needs does not grow with the archive.
 * Left to itself, V8 sizes each worker's heap limit by the machine's memory
 * (4.2 GB on a 24 GB machine), and a limit that large lets garbage gather
 * to several times what is alive before it collects. A job that needs more
 * than this fails alone, naming its file.
 */
export const WORKER_HEAP_MB = 512;

export class WorkerPool<Job, Answer> {
  readonly #file: string;
  readonly #threads: number;
  readonly #idleTimers = new Map<Worker, NodeJS.Timeout>();
  readonly #idle: Worker[] = [];
  readonly #workers = new Set<Worker>();
  readonly #queue: Queued<Job, Answer>[] = [];

  /** A pool of up to `threads` workers, each running the module at `file` (a path plain Node can load). */
  constructor(file: string, threads: number) {
    this.#file = file;
    this.#threads = Math.max(1, threads);
  }

  /** Runs a job on the next free worker; resolves with its answer. */
  run(job: Job, transfer: ArrayBuffer[] = []): Promise<Answer> {
    return new Promise((done, failed) => {
      this.#queue.push({ job, transfer, done, failed });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (worker) {
        clearTimeout(this.#idleTimers.get(worker));
        this.#idleTimers.delete(worker);
      }
      if (!worker && this.#workers.size < this.#threads) {
        worker = new Worker(this.#file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        this.#workers.add(worker);
      }
      if (!worker) return;
      const { job, transfer, done, failed } = this.#queue.shift()!;
      const busy = worker;
      const settle = () => {
        busy.off('message', onMessage);
        busy.off('error', onError);
        busy.off('exit', onExit);
      };
      const onMessage = (answer: Answer) => {
        settle();
        busy.unref();
        this.#idle.push(busy);
        this.#idleTimers.set(busy, setTimeout(() => this.#retire(busy), IDLE_MS).unref());
        done(answer);
        this.#dispatch();
      };
      const onError = (error: unknown) => {
        settle();
        this.#workers.delete(busy);
        failed(error);
        this.#dispatch();
      };
      const onExit = (code: number) => onError(new Error(`a worker of ${this.#file} stopped (exit code ${code})`));
      busy.on('message', onMessage);
      busy.on('error', onError);
      busy.on('exit', onExit);
      // While it works, the worker keeps the process alive for its answer.
      busy.ref();
      busy.postMessage(job, transfer);
    }
  }

  /** Stops a worker that has had nothing to do for IDLE_MS; the next job that needs one starts another. */
  #retire(worker: Worker): void {
    this.#idleTimers.delete(worker);
    this.#idle.splice(this.#idle.indexOf(worker), 1);
    this.#workers.delete(worker);
    void worker.terminate();
  }

  /** How many workers are running. */
  get size(): number {
    return this.#workers.size;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = [...this.#workers];
    for (const timer of this.#idleTimers.values()) clearTimeout(timer);
    this.#idleTimers.clear();
    this.#workers.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * The worker's side of a pool, run by a worker's module: answers each job
 * with what `answer` makes of it or, when that throws, with the error's
 * message, so a job that cannot be done fails alone and the worker goes on.
 */
export function serveWorkerJobs<Job, Answer extends { error?: string }>(answer: (job: Job) => Promise<Answer>): void {
  parentPort?.on('message', async (job: Job) => {
    let reply: Answer | { error: string };
    try {
      reply = await answer(job);
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}
