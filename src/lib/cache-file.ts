import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Keeps `bytes` as `file` in a build cache. Written aside, under a name of
 * this process and thread, and renamed, so nothing reading the cache (a
 * page, another worker drawing the same card) ever reads half a file.
 */
export async function writeCacheFile(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}
