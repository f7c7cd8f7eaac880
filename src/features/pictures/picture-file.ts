import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { PictureFile } from './picture-checks.ts';

/** What the file at `path` is, from its header alone (sharp reads no pixels for this). */
export async function readPicture(path: string): Promise<PictureFile> {
  // Asked of the file system, not read from sharp's message, whose words vary with libvips.
  if (!existsSync(path)) return 'missing';
  try {
    const { format, width } = await sharp(path).metadata();
    return { format, width };
  } catch {
    return 'unreadable';
  }
}
