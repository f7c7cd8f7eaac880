/**
 * A worker thread that renders article bodies for the article loader, so
 * a cold build renders on every core. Plain Node runs it (it is started
 * by path, outside Vite), which is why what it imports names each file.
 */
import { parentPort } from 'node:worker_threads';
import { renderBody } from '../lib/body/render-body.ts';

/** A body to render, as the loader sends it. */
export interface BodyJob {
  source: string;
  file: string;
  lang: string;
}

parentPort?.on('message', async (job: BodyJob) => {
  try {
    parentPort!.postMessage({ rendered: await renderBody(job.source, job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
