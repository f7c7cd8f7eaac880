import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newArticle, takenShortCodes } from '../../scripts/authoring/new-article.ts';
import { SHORT_CODE_ALPHABET, isShortCode } from '../../src/features/short-links/short-code.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

describe('npm run new', () => {
  let site: FixtureSite;
  let created: string;
  let printed: string;

  beforeAll(async () => {
    site = await fixtureSite();
    const run = spawnSync(
      process.execPath,
      ['scripts/authoring/new-article.ts', 'A scaffolded headline, with punctuation!', '--author', 'ada-writer', '--section', 'essays'],
      { cwd: site.root, env: { ...process.env, LONGREAD_CONTENT_DIR: site.contentDir }, encoding: 'utf8' },
    );
    printed = run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(printed);
    created = await readFile(join(site.contentDir, 'articles/a-scaffolded-headline-with-punctuation.mdx'), 'utf8');
  });

  afterAll(() => site.remove());

  it('names the file after the title and dates it today', () => {
    expect(created).toContain('title: "A scaffolded headline, with punctuation!"');
    expect(created).toContain(`publishedAt: ${new Date().toISOString().slice(0, 10)}`);
    expect(printed).toContain('a-scaffolded-headline-with-punctuation.mdx');
  });

  it('gives it a well-formed short code no other article uses', () => {
    const code = /^shortCode: "(\w+)"/m.exec(created)?.[1] ?? '';
    expect(isShortCode(code)).toBe(true);
    expect(code).not.toBe('t2st5');
  });

  it('counts codes of articles, drafts included, and of the published-links registry as taken', async () => {
    const registryFile = join(site.contentDir, 'short-links.json');
    const registry = await readFile(registryFile, 'utf8');
    try {
      await writeFile(registryFile, JSON.stringify({ ...JSON.parse(registry), only5: 'typography' }));
      expect(takenShortCodes(site.contentDir)).toEqual(new Set(['t2st5', 'only5', /^shortCode: "(\w+)"/m.exec(created)![1]]));
    } finally {
      await writeFile(registryFile, registry);
    }
  });

  it('never hands out a taken code', async () => {
    // A random source that first draws the letters of a code an article already has.
    const draws = [...'t2st5', ...'n3wc7'].map((letter) => SHORT_CODE_ALPHABET.indexOf(letter));
    const { shortCode } = await newArticle({
      contentDir: site.contentDir,
      title: 'Same title',
      author: 'ada-writer',
      section: 'essays',
      randomIndex: () => draws.shift()!,
    });
    expect(shortCode).toBe('n3wc7');
  });

  it('quotes the code, so one of digits only stays text to YAML', async () => {
    const { file, shortCode } = await newArticle({
      contentDir: site.contentDir,
      title: 'Digits only',
      author: 'ada-writer',
      section: 'essays',
      randomIndex: () => 0,
    });
    expect(shortCode).toBe('22222');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(await readFile(file, 'utf8'))![1]!;
    expect(parse(frontmatter)).toMatchObject({ shortCode: '22222' });
  });

  it('gives a second article of the same title its own file', async () => {
    for (let i = 0; i < 2; i++) {
      await newArticle({ contentDir: site.contentDir, title: 'Twice the title', author: 'ada-writer', section: 'essays' });
    }
    const files = await readdir(join(site.contentDir, 'articles'));
    expect(files).toEqual(expect.arrayContaining(['twice-the-title.mdx', 'twice-the-title-2.mdx']));
  });

  it('refuses an author who does not exist', async () => {
    await expect(newArticle({ contentDir: site.contentDir, title: 'X', author: 'nobody', section: 'essays' })).rejects.toThrow(/no author "nobody"/);
  });

  it('makes an article that builds and, once the draft line goes, is published', async () => {
    const file = join(site.contentDir, 'articles/a-scaffolded-headline-with-punctuation.mdx');
    await writeFile(file, created.replace(/^draft: true.*\n/m, ''));
    // The writer's own build records its short links (the article's and its pull quote's), which the
    // writer commits; a CI build, which refuses unrecorded ones, then accepts it.
    const written = await site.build({ CI: '' });
    expect(written.status, written.output).toBe(0);
    const code = /^shortCode: "(\w+)"/m.exec(created)![1]!;
    const registry = JSON.parse(await readFile(join(site.contentDir, 'short-links.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(registry)).toEqual(expect.arrayContaining([code, `${code}-1`]));
    const { status, output } = await site.build({ CI: 'true' });
    expect(status, output).toBe(0);
    const page = await readFile(join(site.distDir, 'essays/a-scaffolded-headline-with-punctuation/index.html'), 'utf8');
    expect(page).toContain('A scaffolded headline, with punctuation!');
    expect(page).toContain('class="pull-quote"');
  });
});
