/**
 * Writes a PNG of indexed colour: one byte a pixel, naming one of at most
 * 256 colours. A social card is paper, three inks and the edges of letters
 * between them, so it fits a palette whole; a third of the bytes of RGB to
 * compress, and no round trip through libvips to encode them.
 */
import { crc32, deflateSync } from 'node:zlib';

/** An image whose pixels name colours of its palette. */
export interface IndexedImage {
  width: number;
  height: number;
  /** `width × height` bytes, row by row, each an index into `palette`. */
  pixels: Uint8Array;
  /** Red, green and blue bytes of each colour, in index order: at most 256 colours. */
  palette: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Bit depth 8, colour type 3 (indexed), deflate, adaptive filtering's method, no interlace. */
const INDEXED_8_BIT = Uint8Array.of(8, 3, 0, 0, 0);
/**
 * zlib's level 3: on a card, level 6 takes three times as long for a file
 * a quarter smaller, and a link-preview crawler fetches a card once.
 */
const COMPRESSION_LEVEL = 3;

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  bytes.set(data, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/** The PNG file of `image`. Same image, same bytes. */
export function encodeIndexedPng({ width, height, pixels, palette }: IndexedImage): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`An image must be at least one pixel each way, not ${width}×${height}.`);
  }
  if (pixels.length !== width * height) throw new RangeError(`A ${width}×${height} image has ${width * height} pixels, not ${pixels.length}.`);
  const colours = palette.length / 3;
  if (!Number.isInteger(colours) || colours < 1 || colours > 256) throw new RangeError('A palette holds 1 to 256 colours of three bytes each.');

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set(INDEXED_8_BIT, 8);
  // Each row is led by its filter, 0 (none): a palette's indices are names, not amounts, and filters do not help them.
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y += 1) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: COMPRESSION_LEVEL })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
