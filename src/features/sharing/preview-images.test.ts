import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedPhoto } from '../../../scripts/benchmarks/generated-photo.ts';
import { PREVIEW_CROPS, cachedCrop, cropSize, renderCrop } from './preview-images.ts';

const crop = (name: string) => PREVIEW_CROPS.find((candidate) => candidate.name === name)!;

describe('preview crops', () => {
  it('are the card’s 1200×630 and 16:9, 4:3 and 1:1 at 1,200 px where the photo allows', () => {
    const photo = { width: 3000, height: 2000 };
    expect(PREVIEW_CROPS.map((each) => [each.name, cropSize(photo, each)])).toEqual([
      ['card', { width: 1200, height: 630 }],
      ['image-16x9', { width: 1200, height: 675 }],
      ['image-4x3', { width: 1200, height: 900 }],
      ['image-1x1', { width: 1200, height: 1200 }],
    ]);
  });

  it('never enlarge a photo for search engines, but always fill the card', () => {
    const panorama = { width: 1600, height: 600 };
    expect(cropSize(panorama, crop('image-1x1'))).toEqual({ width: 600, height: 600 });
    expect(cropSize(panorama, crop('image-4x3'))).toEqual({ width: 800, height: 600 });
    expect(cropSize(panorama, crop('card'))).toEqual({ width: 1200, height: 630 });
  });

  it('cut the photo to that size as a JPEG, the same bytes every time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-crops-'));
    try {
      const file = join(dir, 'photo.jpg');
      await writeFile(file, await generatedPhoto({ width: 1600, height: 1200 }));
      const card = await renderCrop(file, crop('card'));
      expect(await sharp(card).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      expect((await renderCrop(file, crop('card'))).equals(card)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are kept in the cache by the photo’s bytes: made once, then read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-crops-'));
    try {
      const file = join(dir, 'photo.jpg');
      const cache = join(dir, 'cache');
      await writeFile(file, await generatedPhoto({ width: 1600, height: 1200 }));
      const square = await cachedCrop(file, crop('image-1x1'), cache);
      expect(await sharp(square).metadata()).toMatchObject({ width: 1200, height: 1200 });
      expect(await readdir(cache)).toHaveLength(1);
      // Read back from the cache, not made again: the kept file is what comes back.
      const [kept] = await readdir(cache);
      await writeFile(join(cache, kept!), 'kept');
      expect(Buffer.from(await cachedCrop(file, crop('image-1x1'), cache)).toString()).toBe('kept');
      // Another photo under the same name is another crop.
      await writeFile(file, await generatedPhoto({ width: 1600, height: 1200, seed: 2 }));
      expect(await sharp(await cachedCrop(file, crop('image-1x1'), cache)).metadata()).toMatchObject({ width: 1200, height: 1200 });
      expect(await readdir(cache)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
