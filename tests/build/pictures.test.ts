import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedPhoto } from '../../scripts/benchmarks/generated-photo.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { PICTURE_ARTICLE, pictureSite } from '../support/picture-site.ts';

/**
 * Pictures that cannot be published stop the build, each named by file
 * and field, and what was published before stays. The pictures are made
 * here: no binary fixtures in the repository.
 */
const published = '<!doctype html><title>Published before</title>';

/** An article with a hero, as frontmatter lines under `hero:`. */
function article(code: string, hero: string[]): string {
  return [
    '---',
    'title: A picture',
    'publishedAt: 2025-01-15',
    'author: ada-writer',
    'section: essays',
    `shortCode: "${code}"`,
    'hero:',
    ...hero.map((line) => `  ${line}`),
    '---',
    '',
    'Body.',
    '',
  ].join('\n');
}

/** A site of the base fixture plus `articles` (name → source) and `files` (path below content → bytes), with a page published before. */
async function siteWith(articles: Record<string, string>, files: Record<string, Buffer | string> = {}): Promise<FixtureSite> {
  const site = await fixtureSite();
  for (const [name, source] of Object.entries(articles)) await writeFile(join(site.contentDir, 'articles', name), source);
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(join(site.contentDir, path, '..'), { recursive: true });
    await writeFile(join(site.contentDir, path), bytes);
  }
  await mkdir(site.distDir, { recursive: true });
  await writeFile(join(site.distDir, 'index.html'), published);
  return site;
}

describe('pictures whose files are wrong', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await siteWith(
      {
        'missing-file.mdx': article('m2ss4', ['src: ./nowhere.jpg', 'alt: A photo.']),
        'not-a-picture.mdx': article('n2tp3', ['src: ./words.jpg', 'alt: A photo.']),
        'too-narrow.mdx': article('n4rr2', ['src: ./narrow.jpg', 'alt: A photo.']),
        'on-another-site.mdx': article('r3m2t', ['src: https://images.example/photo.jpg', 'alt: A photo.']),
      },
      {
        'articles/words.jpg': 'These are words, not a picture.\n',
        'articles/narrow.jpg': await generatedPhoto({ width: 1000, height: 700 }),
        'authors/faceless.yaml': 'name: Faceless Writer\nbio: Writes without a face.\navatar: ./faceless.jpg\n',
      },
    );
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('fail the build, and what was published before stays', async () => {
    expect(result.status).not.toBe(0);
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(published);
  });

  it.each([
    { file: 'articles/missing-file.mdx', field: 'hero.src', says: /\.\/nowhere\.jpg does not exist/ },
    { file: 'articles/not-a-picture.mdx', field: 'hero.src', says: /\.\/words\.jpg is not a picture/ },
    { file: 'articles/too-narrow.mdx', field: 'hero.src', says: /\.\/narrow\.jpg is 1000 px wide; a hero must be at least 1,200 px/ },
    { file: 'articles/on-another-site.mdx', field: 'hero.src', says: /is an address; the picture must be a file/ },
    { file: 'authors/faceless.yaml', field: 'avatar', says: /\.\/faceless\.jpg does not exist/ },
  ])('name $file and its field $field', ({ file, field, says }) => {
    const line = result.output.split('\n').find((text) => text.startsWith(`${file}: field "${field}"`));
    expect(line, result.output).toMatch(says);
  });
});

describe.each([
  { name: 'missing-alt', hero: ['src: ./photo.jpg'], says: /hero\.alt/ },
  { name: 'empty-alt', hero: ['src: ./photo.jpg', 'alt: "  "'], says: /hero\.alt.*needs alt text/ },
  {
    name: 'alt-repeats-caption',
    hero: ['src: ./photo.jpg', 'alt: The harbour at dawn.', 'caption: The harbour at dawn.'],
    says: /hero\.alt.*repeats the caption/,
  },
])('a hero with $name', ({ name, hero, says }) => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await siteWith({ [`${name}.mdx`]: article('a2t45', hero) }, { 'articles/photo.jpg': await generatedPhoto({ width: 1200, height: 800 }) });
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('fails the build, naming the file and the field', async () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${name}.mdx`);
    expect(result.output).toMatch(says);
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(published);
  });
});

describe('a huge photo (8000×6000)', () => {
  let site: FixtureSite;
  let first: { status: number; output: string };
  let second: { status: number; output: string };

  beforeAll(async () => {
    site = await pictureSite({ hero: { width: 8000, height: 6000 } });
    first = await site.build({ CI: '' });
    second = await site.build({ CI: '' });
  }, 400_000);

  afterAll(() => site.remove());

  it('builds, into pictures no wider than the page needs', async () => {
    expect(first.status, first.output).toBe(0);
    const assets = join(site.distDir, '_astro');
    const widths = await Promise.all(
      (await readdir(assets)).filter((name) => name.startsWith('the-valley')).map(async (name) => (await sharp(join(assets, name)).metadata()).width),
    );
    expect(Math.max(...widths)).toBe(1428);
    // The portrait is shown small: its 600 px original is not published either.
    const portraits = (await readdir(assets)).filter((name) => name.startsWith('nadia-rahman'));
    expect(portraits.length).toBeGreaterThan(0);
    for (const name of portraits) expect((await sharp(join(assets, name)).metadata()).width, name).toBeLessThan(600);
    const card = await sharp(join(site.distDir, PICTURE_ARTICLE.slice(1), 'card.jpg')).metadata();
    expect(card).toMatchObject({ width: 1200, height: 630 });
  });

  it('is not processed again by the next build: every size comes from the cache', () => {
    expect(second.status, second.output).toBe(0);
    const made = second.output.split('\n').filter((line) => /\/_astro\/the-valley-that-ran-dry\S*\.(avif|webp|jpg)/.test(line));
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((line) => !line.includes('(reused cache entry)'))).toEqual([]);
  });
});
