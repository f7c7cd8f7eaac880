/**
 * The pictures an article with a hero shares: its photo cropped to the
 * 1200×630 that link previews show, and to the 16:9, 4:3 and 1:1 that
 * search engines ask for (decision 17). Cropped by sharp around what its
 * attention strategy finds most salient, kept in the build cache by a hash
 * of the photo's bytes, so an unchanged photo is cropped once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { cacheKey, readCacheFile, writeCacheFile } from '../../lib/cache-file.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './social-card.ts';

export const PREVIEW_TYPE = 'image/jpeg';

/** How wide the search-engine versions are made, where the photo allows: Google asks for at least 1,200 px. */
const SEARCH_IMAGE_WIDTH = 1200;

/** One crop: its name in the address (`<article>/<name>.jpg`) and its shape. */
export interface PreviewCrop {
  name: 'card' | 'image-16x9' | 'image-4x3' | 'image-1x1';
  /** Width over height. */
  ratio: number;
  /** The link-preview card is always 1200×630, enlarged if it must be; the others never are. */
  exact: boolean;
}

export const PREVIEW_CROPS: readonly PreviewCrop[] = [
  { name: 'card', ratio: CARD_WIDTH / CARD_HEIGHT, exact: true },
  { name: 'image-16x9', ratio: 16 / 9, exact: false },
  { name: 'image-4x3', ratio: 4 / 3, exact: false },
  { name: 'image-1x1', ratio: 1, exact: false },
];

/** Changes whenever the cropping or encoding below changes, so cached crops are made again. */
const CROP_VERSION = '1';

/**
 * The size of a crop of a `source`-sized photo: the card's 1200×630, or
 * the largest of the crop's shape no wider than 1,200 px that the photo
 * holds without enlarging.
 */
export function cropSize(source: { width: number; height: number }, crop: PreviewCrop): { width: number; height: number } {
  if (crop.exact) return { width: CARD_WIDTH, height: CARD_HEIGHT };
  const width = Math.min(SEARCH_IMAGE_WIDTH, source.width, Math.floor(source.height * crop.ratio));
  return { width, height: Math.round(width / crop.ratio) };
}

/** Cuts and encodes one crop of the photo in `file`. Same photo, same bytes. */
export async function renderCrop(file: string, crop: PreviewCrop): Promise<Buffer> {
  const photo = sharp(file, { failOn: 'error' }).rotate();
  const { width, height } = await photo.metadata().then((meta) =>
    // An EXIF orientation of 5 to 8 turns the photo a quarter.
    (meta.orientation ?? 1) >= 5 ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height },
  );
  const size = cropSize({ width, height }, crop);
  return (
    photo
      .resize({ ...size, fit: 'cover', position: sharp.strategy.attention })
      // Without mozjpeg, which took twice as long for a file a tenth smaller: a crawler fetches a preview once.
      .jpeg({ quality: 82 })
      .toBuffer()
  );
}

/** Where the cache in `folder` keeps a crop of `photo` (the photo's bytes). */
function cropFile(photo: Uint8Array, crop: PreviewCrop, folder: string): string {
  return join(folder, `${cacheKey([CROP_VERSION, sharp.versions.vips, crop], photo)}.jpg`);
}

/** The crop of the photo in `file` from the cache in `folder`, made now and kept if it is not there. */
export async function cachedCrop(file: string, crop: PreviewCrop, folder: string): Promise<Uint8Array<ArrayBuffer>> {
  const cached = cropFile(await readFile(file), crop, folder);
  const kept = await readCacheFile(cached);
  if (kept) return new Uint8Array(kept);
  const jpeg = await renderCrop(file, crop);
  await writeCacheFile(cached, jpeg);
  return new Uint8Array(jpeg);
}
