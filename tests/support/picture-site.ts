import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatedPhoto } from '../../scripts/benchmarks/generated-photo.ts';
import { type FixtureSite, fixtureSite } from './fixture-site.ts';

/** The fixture article with a hero, and its author's page, who has a portrait. */
export const PICTURE_ARTICLE = '/essays/the-valley-that-ran-dry/';
export const PICTURE_AUTHOR = '/authors/nadia-rahman/';
export const PICTURE_SHORT_LINK = '/s/v4ky2/';

/**
 * The base fixture plus `tests/fixtures/content/pictures`, whose pictures
 * are made here (no binary fixtures in the repository): a 3000×2000 hero
 * photo, a 600×600 portrait and the body's two figures.
 */
export async function pictureSite(options: { hero?: { width: number; height: number } } = {}): Promise<FixtureSite> {
  const site = await fixtureSite([{ from: 'pictures', to: '.' }]);
  const hero = options.hero ?? { width: 3000, height: 2000 };
  await writeFile(join(site.contentDir, 'articles/the-valley-that-ran-dry.jpg'), await generatedPhoto({ ...hero, seed: 1 }));
  await writeFile(join(site.contentDir, 'authors/nadia-rahman.jpg'), await generatedPhoto({ width: 600, height: 600, seed: 2 }));
  // The body's two figures: one in the column, one wide.
  await writeFile(join(site.contentDir, 'articles/reservoir-wall.jpg'), await generatedPhoto({ width: 2400, height: 1600, seed: 3 }));
  await writeFile(join(site.contentDir, 'articles/market-cisterns.jpg'), await generatedPhoto({ width: 3000, height: 1500, seed: 4 }));
  return site;
}
