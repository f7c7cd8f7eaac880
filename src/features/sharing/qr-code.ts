/**
 * A QR code as a small inline SVG, for the printed page: one `<path>` of
 * horizontal strokes, one per run of dark modules, each reached by a
 * relative move. Relative moves make the rows of a code alike, which
 * compression sends cheaply; the code is in every article's bytes.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { cacheKey, readCacheFile, writeCacheFile } from '../../lib/cache-file.ts';

/**
 * Modules of light margin around the code, which scanners need to find
 * it. It is the viewBox's, so it costs no bytes.
 */
const QUIET_ZONE = 4;

/** The `d` of a path that strokes every run of dark modules, row by row, with a stroke one module wide. */
export function darkRunsPath(size: number, isDark: (row: number, column: number) => boolean): string {
  const commands: string[] = [];
  // Where the pen is: the end of the last run drawn, on the middle line of its row.
  let pen: { row: number; column: number } | undefined;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!isDark(row, column)) continue;
      const start = column;
      while (column < size && isDark(row, column)) column++;
      commands.push(pen ? `m${start - pen.column} ${row - pen.row}` : `M${start} ${row}.5`, `h${column - start}`);
      pen = { row, column };
    }
  }
  return commands.join('');
}

/**
 * The QR code of `text` as an `<svg>` element to put in HTML (it sizes it
 * with CSS). Error correction level L (7 %) keeps a short URL at the
 * smallest size that holds it (25 × 25 modules up to 32 characters), which
 * a printed page, black on white, scans at without trouble.
 */
export function qrCodeSvg(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const { size } = modules;
  const d = darkRunsPath(size, (row, column) => modules.get(row, column) === 1);
  const box = `-${QUIET_ZONE} -${QUIET_ZONE} ${size + 2 * QUIET_ZONE} ${size + 2 * QUIET_ZONE}`;
  return `<svg viewBox="${box}"><path stroke="#000" d="${d}"/></svg>`;
}

/** Changes whenever the drawing above changes, so cached codes are drawn anew. */
const DRAWING_VERSION = '1';

/** The package that places the modules: another version may place them otherwise. */
const QRCODE_VERSION: string = createRequire(import.meta.url)('qrcode/package.json').version;

/** The cache file of the code of `text`: keyed by the text, the drawing and the package that made it. */
function qrCodeFile(text: string, cacheDir: string): string {
  return join(cacheDir, `${cacheKey([DRAWING_VERSION, QRCODE_VERSION, text])}.svg`);
}

/**
 * The QR code of `text` from `cacheDir` when a build made it before, else
 * made now and kept there. A code takes half a millisecond to make, on the
 * thread that renders the pages, and a desk's build renders every article
 * again: read from the cache, an unchanged article's code costs a file read.
 */
export async function cachedQrCodeSvg(text: string, cacheDir: string): Promise<string> {
  const file = qrCodeFile(text, cacheDir);
  const kept = await readCacheFile(file);
  if (kept) return kept.toString('utf8');
  const svg = qrCodeSvg(text);
  await writeCacheFile(file, Buffer.from(svg));
  return svg;
}
