/**
 * Loaded into Astro's process (`--import`) by scripts/build/build.ts. Astro's
 * incremental build restores an unchanged page by copying it from its
 * cache folder into the output folder, and every build writes a fresh
 * staging folder (decision 4), so a warm build of 10,000 articles copied
 * 780 MB of pages it did not render. Here a restored page is a hard link
 * to the cached file instead; and a cached file is never written in place
 * (a new file takes its name), so a page published by an earlier build,
 * which may be that same file, never changes under it
 * (docs/decisions/0026-pages-render-when-what-they-show-changes.md).
 * Where the two folders are on different disks the copy stays.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's incremental output cache, `<cacheDir>/dist/`, as scripts/build/build.ts names it. */
const cached = process.env.LONGREAD_ASTRO_OUTPUT_CACHE;

if (cached) {
  const pathOf = (file: unknown) => (file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? file : undefined);
  const isCached = (file: unknown) => pathOf(file)?.startsWith(cached) ?? false;
  const copyFile = fs.copyFile.bind(fs);
  const writeFile = fs.writeFile.bind(fs);
  let written = 0;

  fs.copyFile = async (source, destination, mode) => {
    if (isCached(source)) {
      try {
        return await fs.link(source, destination);
      } catch {
        // Another disk, or a file there already: copied as Astro would.
      }
    }
    return copyFile(source, destination, mode);
  };

  fs.writeFile = (async (file: Parameters<typeof writeFile>[0], data: Parameters<typeof writeFile>[1], options?: Parameters<typeof writeFile>[2]) => {
    if (!isCached(file)) return writeFile(file, data, options);
    const path = pathOf(file)!;
    const fresh = `${path}.${process.pid}-${written++}.new`;
    await writeFile(fresh, data, options);
    await fs.rename(fresh, path);
  }) as typeof fs.writeFile;
}
