import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** A GitHub Pages project site is served under /<repository>/: every address must carry it. */
const SITE_URL = 'https://example.github.io';
const BASE = '/longread/';

describe('a build under a base path', () => {
  let site: FixtureSite;
  const page = async (path: string): Promise<Document> => parseHTML(await readFile(join(site.distDir, path), 'utf8')).document;

  beforeAll(async () => {
    site = await fixtureSite([
      { from: 'moved/moved-essay.mdx', to: 'articles/moved-essay.mdx' },
      { from: 'moved/short-links.json', to: 'short-links.json' },
    ]);
    const { status, output } = await site.build({ SITE_URL, BASE_PATH: BASE });
    if (status !== 0) throw new Error(output);
  });

  afterAll(() => site.remove());

  it.each(['index.html', 'essays/moved-essay/index.html', 's/m3v4d/index.html', '404.html'])(
    'links and loads everything in %s from under the base path',
    async (path) => {
      const document = await page(path);
      const addresses = [...document.querySelectorAll('[href], [src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) {
        // Other sites, email and in-page anchors are not addresses on this site.
        if (/^(https?:|mailto:|#)/.test(address) && !address.startsWith(SITE_URL)) continue;
        expect(address.replace(SITE_URL, '')).toMatch(/^\/longread\//);
      }
    },
  );

  it('states absolute URLs with the base path in the article’s metadata', async () => {
    const document = await page('essays/moved-essay/index.html');
    const content = (key: string) => document.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
    expect(content('og:url')).toBe(`${SITE_URL}${BASE}essays/moved-essay/`);
    expect(content('og:image')).toBe(`${SITE_URL}${BASE}essays/moved-essay/card.png`);
    expect(document.querySelector('link[rel=shortlink]')?.getAttribute('href')).toBe(`${SITE_URL}${BASE}s/m3v4d`);
    expect(document.querySelector('.share input')?.getAttribute('value')).toBe(`${SITE_URL}${BASE}s/m3v4d`);
    expect(existsSync(join(site.distDir, 'essays/moved-essay/card.png'))).toBe(true);
    expect(existsSync(join(site.distDir, 'card.png'))).toBe(true);
  });

  it('leads to the site’s own share page and script under the base path', async () => {
    const document = await page('essays/moved-essay/index.html');
    const mastodon = [...document.querySelectorAll('.share a')].find((a) => a.textContent === 'Mastodon');
    expect(mastodon?.getAttribute('href')).toBe(`${BASE}share/mastodon/?text=${SITE_URL}${BASE}s/m3v4d`);
    expect(existsSync(join(site.distDir, 'share/mastodon/index.html'))).toBe(true);
    expect(document.querySelector('.share-quote')?.getAttribute('data-script')).toBe(`${BASE}share-quote.js`);
    expect(existsSync(join(site.distDir, 'share-quote.js'))).toBe(true);
  });

  it.each(['s/m3v4d/index.html', 'essays/old-essay-title/index.html'])('makes %s a stub that leads to the article and unfurls as it', async (path) => {
    const document = await page(path);
    const article = await page('essays/moved-essay/index.html');
    expect(document.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(`0; url=${BASE}essays/moved-essay/`);
    expect(document.querySelector('body a')?.getAttribute('href')).toBe(`${BASE}essays/moved-essay/`);
    expect(document.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE_URL}${BASE}essays/moved-essay/`);
    const social = (d: Document) =>
      [...d.querySelectorAll('meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]')].map((m) => m.outerHTML);
    expect(social(document)).toEqual(social(article));
    expect(social(document).length).toBeGreaterThan(15);
  });

  it('writes the base path into every host’s redirect file', async () => {
    const file = (name: string) => readFile(join(site.distDir, name), 'utf8');
    expect(await file('_redirects')).toContain(`${BASE}s/m3v4d ${BASE}essays/moved-essay/ 301`);
    expect(await file('_redirects')).toContain(`${BASE}essays/old-essay-title/ ${BASE}essays/moved-essay/ 301`);
    expect(await file('s/.htaccess')).toContain(`RedirectMatch 301 ^${BASE}s/m3v4d/?$ ${BASE}essays/moved-essay/`);
    expect(await file('nginx-redirects-map.conf')).toContain(`  "${BASE}s/m3v4d" "${BASE}essays/moved-essay/";`);
    expect(JSON.parse(await file('vercel.json')).redirects).toContainEqual({
      source: `${BASE}s/m3v4d`,
      destination: `${BASE}essays/moved-essay/`,
      statusCode: 301,
    });
  });
});
