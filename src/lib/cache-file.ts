import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * The name a build cache gives what is made from `inputs` (and the bytes
 * of a source file, if any): whatever can change what is made, versions
 * of the drawing and of the libraries included.
 */
export function cacheKey(inputs: readonly unknown[], source?: Uint8Array): string {
  const hash = createHash('sha256').update(JSON.stringify(inputs));
  if (source) hash.update(source);
  return hash.digest('hex').slice(0, 32);
}

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

/**
 * The bytes of `file` in a build cache, or undefined when the cache does
 * not hold it. A file read is marked as used now (its modification time),
 * so a build can delete what it no longer uses (`pruneUnusedCacheFiles`).
 */
export async function readCacheFile(file: string): Promise<Buffer | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  // A file another build deleted meanwhile was still read whole.
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
  return bytes;
}

/**
 * Deletes the files in a cache folder that were neither read nor written
 * since `since` (a build's start, so what that build did not use), and
 * resolves with how many. A second's slack keeps any file whose time is
 * that of the build's start. A folder not there yet holds nothing to prune.
 */
export async function pruneUnusedCacheFiles(folder: string, since: Date): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const before = since.getTime() - 1_000;
  let deleted = 0;
  for (const name of names) {
    const file = join(folder, name);
    const modified = await stat(file).then(
      ({ mtimeMs }) => mtimeMs,
      () => undefined,
    );
    if (modified === undefined || modified >= before) continue;
    await rm(file, { recursive: true, force: true });
    deleted++;
  }
  return deleted;
}
