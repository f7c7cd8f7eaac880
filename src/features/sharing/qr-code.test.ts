import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cachedQrCodeSvg, darkRunsPath, qrCodeSvg } from './qr-code.ts';

/** What a phone reads from the SVG: rasterised (by librsvg, through sharp) and decoded. */
async function decode(svg: string, pixels = 330): Promise<string | undefined> {
  const file = svg.replace('<svg ', `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" `);
  const { data, info } = await sharp(Buffer.from(file)).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('QR code', () => {
  it('decodes to the short URL it was made of', async () => {
    expect(await decode(qrCodeSvg('https://news.example/s/k7tq4'))).toBe('https://news.example/s/k7tq4');
  });

  it('decodes when the URL needs a larger code', async () => {
    const url = 'https://news.example/a-long-base-path/for-a-publication/s/k7tq4';
    expect(await decode(qrCodeSvg(url))).toBe(url);
  });

  it('is one path with a four-module margin, 25 modules wide for a short URL', () => {
    const svg = qrCodeSvg('http://localhost:4321/s/k7tq4');
    expect(svg).toMatch(/^<svg viewBox="-4 -4 33 33"><path stroke="#000" d="M[^"]+"\/><\/svg>$/);
  });

  it('strokes each run of dark modules, moving relatively between them', () => {
    const grid = ['##.#', '....', '.###', '#..#'];
    const path = darkRunsPath(4, (row, column) => grid[row]![column] === '#');
    expect(path).toBe('M0 0.5h2m1 0h1m-3 2h3m-4 1h1m2 0h1');
  });

  it('is made once and then read from the cache, one file per URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-qr-'));
    try {
      const url = 'https://news.example/s/k7tq4';
      expect(await cachedQrCodeSvg(url, dir)).toBe(qrCodeSvg(url));
      const [file] = await readdir(dir);
      expect(await readFile(join(dir, file!), 'utf8')).toBe(qrCodeSvg(url));
      // What the cache holds is what is served: a planted file comes back as it is.
      await writeFile(join(dir, file!), '<svg>kept</svg>');
      expect(await cachedQrCodeSvg(url, dir)).toBe('<svg>kept</svg>');
      const other = await cachedQrCodeSvg('https://news.example/s/b5dg3', dir);
      expect(await decode(other)).toBe('https://news.example/s/b5dg3');
      expect(await readdir(dir)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
