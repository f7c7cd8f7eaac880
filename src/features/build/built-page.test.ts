import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, pageUrl } from './built-page.ts';

const SITE = { siteUrl: 'https://news.example', basePath: '/base/' };
const POLICY = '<meta http-equiv="content-security-policy" content="default-src \'none\'">';
const html = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${POLICY}${head}<style>p{}</style></head><body>${body}<script>go()</script></body></html>`;
const ARTICLE = html(
  '<meta property="article:published_time" content="2025-10-20T00:00:00.000Z">',
  '<article data-pagefind-body><h1>T</h1><p>Words.</p><footer data-pagefind-ignore><a href="/x/">Onward</a></footer></article>',
);

describe('pageUrl', () => {
  it('is the folder of an index.html, below the base path, and none for other HTML files', () => {
    expect(pageUrl('index.html', SITE.siteUrl, SITE.basePath)).toBe('https://news.example/base/');
    expect(pageUrl('opinion/water/index.html', SITE.siteUrl, SITE.basePath)).toBe('https://news.example/base/opinion/water/');
    expect(pageUrl('404.html', SITE.siteUrl, SITE.basePath)).toBeUndefined();
  });
});

describe('builtPage', () => {
  it('reads an article page’s hashes, sitemap entry and search reading at once', () => {
    const page = builtPage('opinion/water/index.html', ARTICLE, SITE);
    expect(page.hashes.scripts).toHaveLength(1);
    expect(page.hashes.styles).toHaveLength(1);
    expect(page.needs).toEqual({ search: false });
    expect(page.sitemap).toEqual({ url: 'https://news.example/base/opinion/water/', links: [] });
    expect(page.search).toMatchObject({ file: 'opinion/water/index.html', publishedAt: '2025-10-20T00:00:00.000Z' });
  });

  it('keeps none of the page alive in what it returns, which the build keeps for every page', () => {
    // 100 pages of 1 MB: a date or a link cut from each and kept as a slice would keep 100 MB alive.
    const run = spawnSync(process.execPath, ['--expose-gc', resolve('tests/fixtures/memory/kept-page-facts.ts')], { encoding: 'utf8', timeout: 60_000 });
    const [megabytes, pages] = run.stdout.trim().split(' ').map(Number);
    expect(pages).toBe(100);
    expect(megabytes).toBeLessThan(10);
  });

  it('gives an article the same search digest when only what search ignores changed, and another when its words did', () => {
    const digest = (page: string) => builtPage('a/index.html', page, SITE).search!.digest;
    expect(digest(ARTICLE.replace('Onward', 'Elsewhere'))).toBe(digest(ARTICLE));
    expect(digest(ARTICLE.replace('Words.', 'Other words.'))).not.toBe(digest(ARTICLE));
  });

  it('leaves pages that are not articles out of search, and stubs out of the sitemap', () => {
    const stub = builtPage('s/abc/index.html', html('<meta name="robots" content="noindex">', '<p>Moved</p>'), SITE);
    expect(stub.search).toBeUndefined();
    expect(stub.sitemap).toBeUndefined();
    expect(builtPage('404.html', html('', '<p>Not found</p>'), SITE).sitemap).toBeUndefined();
  });

  it('refuses a page without its Content-Security-Policy, naming it', () => {
    expect(() => builtPage('about/index.html', '<html><head></head><body></body></html>', SITE)).toThrow(/about\/index\.html: no Content-Security-Policy/);
  });
});
