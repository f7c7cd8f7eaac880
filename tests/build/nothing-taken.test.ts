import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differences, fileHashes } from '../../scripts/checks/check-reproducible.ts';
import { generatedPhoto } from '../../scripts/benchmarks/generated-photo.ts';
import { siteRedirects } from '../../src/features/short-links/redirects.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** Outside CI the build records new codes; these builds publish nothing new but say which mode they are in. */
const LOCAL = { CI: '' };
const PUBLISHED = '<!doctype html><title>Published before</title>';

/** Puts a page in `dist/` as if published by an earlier build. */
async function publishedBefore(site: FixtureSite): Promise<void> {
  await mkdir(site.distDir, { recursive: true });
  await writeFile(join(site.distDir, 'index.html'), PUBLISHED);
}

describe("an article that lists another article's short link as an old address", () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite();
    await writeFile(
      join(site.contentDir, 'articles/taker.mdx'),
      [
        '---',
        'title: A taker',
        'publishedAt: 2025-02-01',
        'author: ada-writer',
        'section: essays',
        'shortCode: "m3nq8"',
        'redirectFrom: [/s/t2st5/]',
        '---',
        '',
        'Words of its own.',
        '',
      ].join('\n'),
    );
    await publishedBefore(site);
    result = await site.build(LOCAL);
  });

  afterAll(() => site.remove());

  it('is refused, naming both files, and what was published stays', async () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/taker\.mdx: field "redirectFrom": \/s\/t2st5\/ is the short link of [^\n]*articles\/typography\.mdx/);
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(PUBLISHED);
  });
});

describe('content that links to files outside the content folder', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'pictures', to: '.' }]);
    const outside = join(site.root, 'elsewhere');
    await mkdir(outside);
    await writeFile(join(outside, 'private.jpg'), await generatedPhoto({ width: 3000, height: 2000, seed: 1 }));
    await writeFile(join(outside, 'notes.md'), '---\ntitle: Private notes\ndescription: Not for the site.\n---\n\nPrivate.\n');
    const c = site.contentDir;
    await symlink(join(outside, 'private.jpg'), join(c, 'articles/the-valley-that-ran-dry.jpg'));
    await symlink(join(outside, 'private.jpg'), join(c, 'authors/nadia-rahman.jpg'));
    await symlink(join(outside, 'private.jpg'), join(c, 'articles/reservoir-wall.jpg'));
    await symlink(join(outside, 'notes.md'), join(c, 'pages/notes.md'));
    // A link that stays inside the content folder is fine.
    await writeFile(join(c, 'articles/market.jpg'), await generatedPhoto({ width: 3000, height: 1500, seed: 4 }));
    await symlink(join(c, 'articles/market.jpg'), join(c, 'articles/market-cisterns.jpg'));
    await publishedBefore(site);
    result = await site.build(LOCAL);
  });

  afterAll(() => site.remove());

  it('is refused, naming each link: hero, portrait, figure and page', async () => {
    expect(result.status).not.toBe(0);
    for (const file of ['articles/the-valley-that-ran-dry.jpg', 'authors/nadia-rahman.jpg', 'articles/reservoir-wall.jpg', 'pages/notes.md']) {
      expect(result.output).toMatch(new RegExp(`${file.replace('.', '\\.')}: field "\\(file\\)": is a link to a file outside the content folder`));
    }
    expect(result.output).not.toMatch(/market-cisterns\.jpg: field/);
    expect(result.output).not.toContain('Private.');
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(PUBLISHED);
  });
});

describe('two builds started a second apart', () => {
  let busy: FixtureSite;
  let lone: FixtureSite;
  let results: { status: number; output: string }[];
  let loneResult: { status: number; output: string };

  beforeAll(async () => {
    [busy, lone] = await Promise.all([fixtureSite(), fixtureSite()]);
    const first = busy.build(LOCAL);
    await new Promise((resume) => setTimeout(resume, 1000));
    results = await Promise.all([first, busy.build(LOCAL)]);
    loneResult = await lone.build(LOCAL);
  }, 300_000);

  afterAll(() => Promise.all([busy.remove(), lone.remove()]));

  it('both succeed, the second having waited for the first, saying so', () => {
    for (const { status, output } of [...results, loneResult]) expect(status, output).toBe(0);
    expect(results[1]!.output).toMatch(/Another build \(process \d+, started [^)]+\) is writing \S+dist; waiting for it to finish\./);
    expect(results[0]!.output).not.toContain('waiting for it to finish');
  });

  it('publish exactly what a lone build of the same content publishes, and leave no lock behind', async () => {
    const [together, alone] = [await fileHashes(busy.distDir), await fileHashes(lone.distDir)];
    expect(together.size).toBeGreaterThan(10);
    expect(differences(together, alone)).toEqual([]);
    expect(existsSync(`${busy.distDir}.lock`)).toBe(false);
    expect(existsSync(`${busy.distDir}.staging`)).toBe(false);
  });

  it('publish nothing an old address could take: every path of the build is owned', async () => {
    const site = { siteUrl: 'http://localhost:4321', basePath: '/', shortLinkBase: 'http://localhost:4321/s' };
    const typography = {
      id: 'typography',
      path: '/essays/typography/',
      shortUrl: `${site.shortLinkBase}/t2st5`,
      redirectFrom: [],
      quotes: [],
      file: 'articles/typography.mdx',
    };
    const owners = { sections: [{ id: 'essays', file: 'sections/essays.yaml' }], pages: [{ id: 'about', file: 'pages/about.md' }] };
    const paths = [...(await fileHashes(lone.distDir)).keys()].flatMap((file) => {
      const parts = file.split('/');
      return parts.map((_, end) => `/${parts.slice(0, end + 1).join('/')}/`);
    });
    const taken = [...new Set(paths)].filter((path) => {
      const taker = {
        ...typography,
        id: 'taker',
        path: '/essays/taker/',
        shortUrl: `${site.shortLinkBase}/m3nq8`,
        redirectFrom: [path],
        file: 'articles/taker.mdx',
      };
      try {
        siteRedirects(site, [typography, taker], owners);
        return true;
      } catch {
        return false;
      }
    });
    expect(paths.length).toBeGreaterThan(20);
    expect(taken).toEqual([]);
  });
});
