/**
 * Measures the staged output for the host-fit report (src/features/host-files/host-fit.ts):
 * every file's size, one `stat` each, and the redirect files' rules.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_FILE_NAMES } from '../../src/features/host-files/host-file-names.ts';
import { nginxMapEntries, redirectsFileRules, vercelRedirects } from '../../src/features/host-files/host-files.ts';
import { type HostFit, type OutputMeasure, hostFit } from '../../src/features/host-files/host-fit.ts';
import type { Host } from '../../src/features/host-files/host-limits.ts';

async function measureOutput(dir: string): Promise<OutputMeasure> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  let bytes = 0;
  let largest = { file: '', bytes: 0 };
  // A few hundred at a time: an archive has more files than a process may hold open.
  for (let start = 0; start < files.length; start += 256) {
    const sizes = await Promise.all(files.slice(start, start + 256).map(async (file) => ({ file, bytes: (await stat(file)).size })));
    for (const size of sizes) {
      bytes += size.bytes;
      if (size.bytes > largest.bytes) largest = size;
    }
  }
  const text = (name: string) => readFile(join(dir, name), 'utf8');
  const redirectsText = await text(HOST_FILE_NAMES.netlify);
  return {
    files: files.length,
    bytes,
    largest: { file: largest.file.slice(dir.length + 1), bytes: largest.bytes },
    redirects: nginxMapEntries(await text(HOST_FILE_NAMES.nginxMap)) / 2,
    redirectsFile: { rules: redirectsFileRules(redirectsText), bytes: Buffer.byteLength(redirectsText) },
    vercelRules: vercelRedirects(await text(HOST_FILE_NAMES.vercel)),
  };
}

/** The report's lines for the output in `dir`, one per host, with their warnings. */
export async function hostFitReport(dir: string, hosts: readonly Host[]): Promise<HostFit[]> {
  return hostFit(await measureOutput(dir), hosts);
}
