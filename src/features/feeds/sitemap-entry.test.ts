import { describe, expect, it } from 'vitest';
import { sitemapEntry } from './sitemap-entry.ts';

const URL = 'https://news.example/opinion/water/';
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><link rel="canonical" href="https://elsewhere.example/"></body></html>`;

describe('sitemap entries', () => {
  it('list a page with the language versions its head links', () => {
    const html = page(
      `<link rel="canonical" href="${URL}"><link rel="alternate" hreflang="en" href="${URL}"><link rel="alternate" hreflang="ar" href="https://news.example/ar/water/?a=1&amp;b=2"><link rel="alternate" hreflang="x-default" href="${URL}"><link rel="alternate" type="application/rss+xml" href="/rss.xml">`,
    );
    expect(sitemapEntry(URL, html)).toEqual({
      url: URL,
      links: [
        { url: URL, lang: 'en' },
        { url: 'https://news.example/ar/water/?a=1&b=2', lang: 'ar' },
        { url: URL, lang: 'x-default' },
      ],
    });
  });

  it('leave out pages that ask not to be indexed, or whose canonical page is another', () => {
    expect(sitemapEntry(URL, page('<meta name="robots" content="noindex, follow">'))).toBeUndefined();
    expect(sitemapEntry(URL, page('<link rel="canonical" href="https://daily.example/story">'))).toBeUndefined();
  });

  it('list a page that names no canonical as it is', () => {
    expect(sitemapEntry(URL, page(''))).toEqual({ url: URL, links: [] });
  });
});
