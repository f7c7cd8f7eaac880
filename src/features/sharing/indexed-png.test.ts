import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type IndexedImage, encodeIndexedPng } from './indexed-png.ts';

/** A seeded pseudo-random image: every pixel names one of `colours` seeded colours. */
function seededImage(width: number, height: number, colours: number, seed: number): IndexedImage {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) >>> 16;
  const palette = Uint8Array.from({ length: colours * 3 }, () => next() & 0xff);
  const pixels = Uint8Array.from({ length: width * height }, () => next() % colours);
  return { width, height, pixels, palette };
}

/** What libvips reads from the file: RGB bytes. */
async function decoded(png: Buffer): Promise<{ rgb: Buffer; width: number; height: number; format: string | undefined }> {
  const metadata = await sharp(png).metadata();
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { rgb: data, width: info.width, height: info.height, format: metadata.format };
}

/** The RGB bytes the image means, looked up in its palette. */
function expectedRgb({ pixels, palette }: IndexedImage): Buffer {
  const rgb = Buffer.alloc(pixels.length * 3);
  pixels.forEach((index, i) => rgb.set(palette.subarray(index * 3, index * 3 + 3), i * 3));
  return rgb;
}

describe('indexed PNG', () => {
  it.each([
    ['a full palette', 97, 41, 256, 1],
    ['two colours', 1200, 3, 2, 2],
    ['one pixel of one colour', 1, 1, 1, 3],
    ['a tall, narrow image', 2, 300, 17, 4],
  ])('is read back pixel for pixel by another decoder: %s', async (_, width, height, colours, seed) => {
    const image = seededImage(width, height, colours, seed);
    const back = await decoded(encodeIndexedPng(image));
    expect(back).toMatchObject({ format: 'png', width, height });
    expect(back.rgb.equals(expectedRgb(image))).toBe(true);
  });

  it('is the same bytes for the same image', () => {
    const image = seededImage(64, 64, 200, 5);
    expect(encodeIndexedPng(image).equals(encodeIndexedPng({ ...image, pixels: image.pixels.slice() }))).toBe(true);
  });

  it('refuses pixels that do not match the size, and palettes that are not whole colours or too many', () => {
    const image = seededImage(4, 4, 4, 6);
    expect(() => encodeIndexedPng({ ...image, width: 5 })).toThrow('A 5×4 image has 20 pixels, not 16.');
    expect(() => encodeIndexedPng({ ...image, width: 0, pixels: new Uint8Array(0) })).toThrow('at least one pixel');
    expect(() => encodeIndexedPng({ ...image, palette: new Uint8Array(10) })).toThrow('1 to 256 colours');
    expect(() => encodeIndexedPng({ ...image, palette: new Uint8Array(257 * 3) })).toThrow('1 to 256 colours');
  });
});
