/**
 * A worker thread that renders article bodies for the article loader, so
 * a cold build renders on every core (src/lib/worker-pool.ts). Plain Node
 * runs it (it is started by path, outside Vite), which is why what it
 * imports names each file.
 */
import { serveWorkerJobs } from '../../lib/worker-pool.ts';
import { type RenderedBody, renderBody } from './render-body.ts';

/** A body to render, as the loader sends it. */
export interface BodyJob {
  source: string;
  file: string;
  lang: string;
}

/** The rendered body, or the problem that keeps it from being published. */
export interface BodyAnswer {
  rendered?: RenderedBody;
  error?: string;
}

serveWorkerJobs(async (job: BodyJob): Promise<BodyAnswer> => ({ rendered: await renderBody(job.source, job) }));
