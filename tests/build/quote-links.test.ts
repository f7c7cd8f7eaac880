import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** Outside CI the build records new codes; these tests say which mode they test. */
const LOCAL = { CI: '' };
const FIXTURES = join(import.meta.dirname, '../fixtures/content/quote-links');
const RIVER = 'A river remembers every “bend” it was ever forced to take.';
const BRIDGES = 'Bridges are arguments that both banks agreed to.';
const NEW = 'A new quote, added above the published ones.';

/** What a quote's stub page says of itself. */
async function stub(site: FixtureSite, code: string) {
  const { document } = parseHTML(await readFile(join(site.distDir, `s/${code}/index.html`), 'utf8'));
  const meta = (key: string) => document.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
  return {
    description: meta('og:description'),
    image: meta('og:image'),
    refresh: document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
  };
}

describe('pull quotes’ short links, as an article is published and edited', () => {
  let site: FixtureSite;
  const registry = async () => JSON.parse(await readFile(join(site.contentDir, 'short-links.json'), 'utf8'));
  const article = () => join(site.contentDir, 'articles/quoted.mdx');

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'quote-links/quoted.mdx', to: 'articles/quoted.mdx' }]);
    const { status, output } = await site.build(LOCAL);
    if (status !== 0) throw new Error(output);
  });

  afterAll(() => site.remove());

  it('records each quote’s code with its words, numbered in the order of the body', async () => {
    expect(await registry()).toEqual({ q4tz7: 'quoted', 'q4tz7-1': RIVER, 'q4tz7-2': BRIDGES, t2st5: 'typography' });
  });

  it('publishes a stub and a 1200×630 card for each quote, and a 301 with its text fragment', async () => {
    expect(await stub(site, 'q4tz7-2')).toEqual({
      description: BRIDGES,
      image: expect.stringMatching(/^https?:\/\/[^/]+\/essays\/quoted\/quote-2\.png$/),
      refresh: '0; url=/essays/quoted/#:~:text=Bridges%20are%20arguments%20that%20both%20banks%20agreed%20to.',
    });
    const card = await readFile(join(site.distDir, 'essays/quoted/quote-2.png'));
    expect(await sharp(card).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const redirects = await readFile(join(site.distDir, '_redirects'), 'utf8');
    expect(redirects).toContain('/s/q4tz7-1 /essays/quoted/#:~:text=A%20river%20remembers%20every,ever%20forced%20to%20take. 301\n');
  });

  it('keeps each published quote’s number when a quote is added above it and the quotes move', async () => {
    await copyFile(join(FIXTURES, 'quoted-one-more-first.mdx'), article());
    const { status, output } = await site.build(LOCAL);
    expect(status, output).toBe(0);
    expect(await registry()).toMatchObject({ 'q4tz7-1': RIVER, 'q4tz7-2': BRIDGES, 'q4tz7-3': NEW });
    expect((await stub(site, 'q4tz7-1')).description).toBe(RIVER);
    expect((await stub(site, 'q4tz7-3')).description).toBe(NEW);
    // On the page, the links follow the quotes in the body's order: 3, 2, 1.
    const page = await readFile(join(site.distDir, 'essays/quoted/index.html'), 'utf8');
    const order = [...page.matchAll(/<a href="[^"]*\/s\/(q4tz7-\d)">Share this quote</g)].map(([, code]) => code);
    expect(order).toEqual(['q4tz7-3', 'q4tz7-2', 'q4tz7-1']);
  });

  it('refuses to drop a published quote, naming the registry and the quote’s code, and changes nothing', async () => {
    const before = await readFile(join(site.contentDir, 'short-links.json'), 'utf8');
    const published = await readFile(join(site.distDir, 'essays/quoted/index.html'), 'utf8');
    await copyFile(join(FIXTURES, 'quoted-one-dropped.mdx'), article());
    const { status, output } = await site.build(LOCAL);
    expect(status).not.toBe(0);
    expect(output).toContain('short-links.json: field "q4tz7-2"');
    expect(output).toContain('field "q4tz7-3"');
    expect(output).toContain(BRIDGES);
    expect(await readFile(join(site.contentDir, 'short-links.json'), 'utf8')).toBe(before);
    expect(await readFile(join(site.distDir, 'essays/quoted/index.html'), 'utf8')).toBe(published);
  });
});

describe('a build in CI with a quote not yet recorded', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'quote-links/quoted.mdx', to: 'articles/quoted.mdx' }]);
    // The article's own code is recorded; its quotes are not.
    const registry = JSON.parse(await readFile(join(site.contentDir, 'short-links.json'), 'utf8'));
    await writeFile(join(site.contentDir, 'short-links.json'), JSON.stringify({ ...registry, q4tz7: 'quoted' }));
    result = await site.build({ CI: 'true' });
  });

  afterAll(() => site.remove());

  it('fails, naming the article, the field and the quote’s code', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('quoted.mdx: field "body"');
    expect(result.output).toContain('q4tz7-1 is not recorded');
  });
});
