/**
 * Renders article bodies for the articles' loader: in worker threads on
 * every core, each kept in the body cache by a key made of the file's
 * contents and the renderer's fingerprint, so a build renders only the
 * bodies whose key is new (decision 15).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from '../../lib/worker-pool.ts';
import { bodyCacheDir, bodyCacheFile, bodyFactsFile } from './body-cache.ts';
import type { BodyAnswer, BodyJob } from './body-worker.ts';
import { pipelineFingerprint } from './pipeline-fingerprint.ts';
import type { RenderedBody } from './render-body.ts';

/** What pages know of a body without reading it: the articles schema's `body` field. */
export type BodyFacts = Omit<RenderedBody, 'html'>;

/** A body's facts, and whether it was rendered now or read from the cache; or why it cannot be published. */
export type BodyResult = { facts: BodyFacts; rendered: boolean } | { error: string };

const RENDERER = fileURLToPath(new URL('./render-body.ts', import.meta.url));
const BODY_WORKER = fileURLToPath(new URL('./body-worker.ts', import.meta.url));

export class BodyRenderer {
  readonly #fingerprint: string;
  readonly #digest: (text: string) => string;
  readonly #cached: Set<string>;
  #pool: WorkerPool<BodyJob, BodyAnswer> | undefined;

  private constructor(fingerprint: string, digest: (text: string) => string, cached: Set<string>) {
    this.#fingerprint = fingerprint;
    this.#digest = digest;
    this.#cached = cached;
  }

  /** A renderer for the project at `root`, making keys with `digest` (the content layer's). */
  static async open(root: string, digest: (text: string) => string): Promise<BodyRenderer> {
    await mkdir(bodyCacheDir, { recursive: true });
    return new BodyRenderer(pipelineFingerprint(RENDERER, root), digest, new Set(await readdir(bodyCacheDir)));
  }

  /** The cache key of an article file's source. */
  key(source: string): string {
    return this.#digest(`${this.#fingerprint}\0${source}`);
  }

  /** Whether the body with this key is in the cache. */
  isCached(key: string): boolean {
    return this.#cached.has(`${key}.html`) && this.#cached.has(`${key}.json`);
  }

  /** The facts of the body with this key: from the cache, or rendered now (on a worker) and cached. */
  async body(key: string, job: BodyJob): Promise<BodyResult> {
    if (this.isCached(key)) return { facts: JSON.parse(await readFile(bodyFactsFile(key), 'utf8')) as BodyFacts, rendered: false };
    this.#pool ??= new WorkerPool<BodyJob, BodyAnswer>(BODY_WORKER, availableParallelism());
    const answer = await this.#pool.run(job).catch((error: unknown): BodyAnswer => ({
      error: `${job.file}: the body could not be rendered (${error instanceof Error ? error.message : String(error)})`,
    }));
    if (!answer.rendered) return { error: answer.error ?? `${job.file}: the body could not be rendered` };
    const { html, ...facts } = answer.rendered;
    await Promise.all([writeFile(bodyCacheFile(key), html), writeFile(bodyFactsFile(key), JSON.stringify(facts))]);
    this.#cached.add(`${key}.html`).add(`${key}.json`);
    return { facts, rendered: true };
  }

  /** Ends the worker threads, if any were started. */
  async close(): Promise<void> {
    await this.#pool?.close();
    this.#pool = undefined;
  }

  /** Deletes what no article uses any more: an old version of an edited body, a body of a deleted article. */
  static async prune(keys: ReadonlySet<string>): Promise<void> {
    const unused = (await readdir(bodyCacheDir)).filter((name) => !keys.has(name.replace(/\.(html|json)$/, '')));
    await Promise.all(unused.map((name) => rm(join(bodyCacheDir, name), { force: true })));
  }
}
