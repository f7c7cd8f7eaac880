import { existsSync } from 'node:fs';
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** Outside CI the build records new codes; these tests say which mode they test. */
const LOCAL = { CI: '' };

describe('a build with a new article, an Arabic headline and a draft', () => {
  let site: FixtureSite;
  let first: Buffer;

  beforeAll(async () => {
    site = await fixtureSite([
      { from: 'short-links/arabic-title.mdx', to: 'articles/arabic-title.mdx' },
      { from: 'short-links/draft.mdx', to: 'articles/draft.mdx' },
    ]);
    const { status, output } = await site.build(LOCAL);
    if (status !== 0) throw new Error(output);
    first = await readFile(join(site.distDir, 'essays/arabic-title/card.png'));
  });

  afterAll(() => site.remove());

  it('records the new article’s code in the registry, and not the draft’s', async () => {
    const registry = JSON.parse(await readFile(join(site.contentDir, 'short-links.json'), 'utf8'));
    expect(registry).toEqual({ r8bq3: 'arabic-title', t2st5: 'typography' });
  });

  it('gives the draft no short link', () => {
    expect(existsSync(join(site.distDir, 's/r8bq3/index.html'))).toBe(true);
    expect(existsSync(join(site.distDir, 's/d7xk9'))).toBe(false);
  });

  it('draws the Arabic headline’s card, 1200×630', async () => {
    expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('reuses unchanged cards on the next build, writes the same bytes, and deletes the cards no page uses', async () => {
    const cacheDir = join(site.root, '.cache/social-cards');
    const cached = join(cacheDir, (await readdir(cacheDir))[0]!);
    // A card drawn again would be a new file: kept, it is the same one.
    const drawn = (await stat(cached)).ino;
    const unused = join(cacheDir, 'the-card-of-a-retitled-article.png');
    await writeFile(unused, first);
    // The card in use was last read a day ago; the unused one a month ago, past what the cache keeps while pages are copied from the last build.
    await utimes(cached, new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000));
    await utimes(unused, new Date(Date.now() - 31 * 86_400_000), new Date(Date.now() - 31 * 86_400_000));
    const { status, output } = await site.build(LOCAL);
    expect(status, output).toBe(0);
    expect((await stat(cached)).ino).toBe(drawn);
    expect((await readFile(join(site.distDir, 'essays/arabic-title/card.png'))).equals(first)).toBe(true);
    expect(existsSync(unused)).toBe(false);
    expect(output).toContain('Build cache: 1 picture no page uses any more deleted.');
  });
});

/** Each broken registry stops the build and says which file and field. */
const failures = [
  {
    name: 'a recorded code no article claims any more',
    extra: [{ from: 'short-links/disappeared.json', to: 'short-links.json' }],
    env: LOCAL,
    says: ['short-links.json', 'field "q9zz7"', 'an-article-since-deleted'],
  },
  {
    name: 'a recorded code another article now claims',
    extra: [{ from: 'short-links/points-elsewhere.json', to: 'short-links.json' }],
    env: LOCAL,
    says: ['typography.mdx', 'field "shortCode"', 'another-article'],
  },
  {
    name: 'two articles claiming one code',
    extra: [{ from: 'short-links/duplicate-code.mdx', to: 'articles/duplicate-code.mdx' }],
    env: LOCAL,
    says: ['field "shortCode"', 'typography.mdx', 'duplicate-code.mdx'],
  },
  {
    name: 'an unrecorded code in CI',
    extra: [{ from: 'short-links/arabic-title.mdx', to: 'articles/arabic-title.mdx' }],
    env: { CI: 'true' },
    says: ['arabic-title.mdx', 'field "shortCode"', 'not recorded'],
  },
];

describe.each(failures)('a build with $name', ({ extra, env, says }) => {
  let site: FixtureSite;
  let result: { status: number; output: string };
  let registryBefore: string;

  beforeAll(async () => {
    site = await fixtureSite(extra);
    registryBefore = await readFile(join(site.contentDir, 'short-links.json'), 'utf8');
    result = await site.build(env);
  });

  afterAll(() => site.remove());

  it('fails, naming the file and the field', () => {
    expect(result.status).not.toBe(0);
    for (const words of says) expect(result.output).toContain(words);
  });

  it('leaves the registry as it was', async () => {
    expect(await readFile(join(site.contentDir, 'short-links.json'), 'utf8')).toBe(registryBefore);
  });
});
