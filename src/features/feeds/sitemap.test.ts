import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapFiles } from './sitemap.ts';

const SITE = 'https://news.example';
const entry = (path: string, links: { url: string; lang: string }[] = []) => ({ url: `${SITE}/base${path}`, links });
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('sitemapFiles', () => {
  it('lists every entry in address order, page numbers by value, with its language versions', () => {
    const files = sitemapFiles(
      [entry('/tags/water/page/10/'), entry('/tags/water/page/2/'), entry('/a&b/', [{ url: `${SITE}/base/ar/a/`, lang: 'ar' }]), entry('/')],
      SITE,
      '/base/',
    );
    expect([...files.keys()]).toEqual([SITEMAP_INDEX, 'sitemap-0.xml']);
    const urls = files.get('sitemap-0.xml')!;
    expect(locs(urls)).toEqual([`${SITE}/base/`, `${SITE}/base/a&amp;b/`, `${SITE}/base/tags/water/page/2/`, `${SITE}/base/tags/water/page/10/`]);
    expect(urls).toContain(`<url><loc>${SITE}/base/a&amp;b/</loc><xhtml:link rel="alternate" hreflang="ar" href="${SITE}/base/ar/a/"/></url>`);
    expect(urls.startsWith('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')).toBe(true);
    expect(locs(files.get(SITEMAP_INDEX)!)).toEqual([`${SITE}/base/sitemap-0.xml`]);
  });

  it('splits a large site into files of at most the limit, all named in the index', () => {
    const entries = Array.from({ length: 7 }, (_, i) => entry(`/${i}/`));
    const files = sitemapFiles(entries, SITE, '/base/', 3);
    expect([...files.keys()]).toEqual([SITEMAP_INDEX, 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(locs(files.get(SITEMAP_INDEX)!)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml'].map((name) => `${SITE}/base/${name}`));
    expect([...files.values()].slice(1).map((xml) => locs(xml).length)).toEqual([3, 3, 1]);
    expect([...files.values()].slice(1).flatMap(locs).sort()).toEqual(entries.map(({ url }) => url).sort());
  });

  it('writes an empty list for a site of no listed pages, so the index never names a missing file', () => {
    const files = sitemapFiles([], SITE, '/');
    expect(locs(files.get('sitemap-0.xml')!)).toEqual([]);
    expect(locs(files.get(SITEMAP_INDEX)!)).toEqual([`${SITE}/sitemap-0.xml`]);
  });
});
