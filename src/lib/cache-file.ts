import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Keeps `bytes` as `file` in a build cache. Written aside and renamed, so
 * a build running beside this one (the card drawer and Astro share the
 * cache) never reads half a file.
 */
export async function writeCacheFile(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}
