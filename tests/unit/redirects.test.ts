import { describe, expect, it } from 'vitest';
import { type RedirectingArticle, siteRedirects, withAndWithoutSlash } from '../../src/lib/redirects';

const site = { siteUrl: 'https://news.example', basePath: '/' };
const opEd: RedirectingArticle = {
  id: 'op-ed',
  path: '/opinion/op-ed/',
  shortUrl: 'https://news.example/s/k7tq4',
  redirectFrom: ['/opinion/old-op-ed/'],
  file: 'articles/op-ed.mdx',
  quotes: [],
};
const quote = { number: 1, shortUrl: 'https://news.example/s/k7tq4-1', text: 'Enough is enough.' };

describe('redirects', () => {
  it('sends the short link and every old path to the article, with a stub page for each', () => {
    expect(siteRedirects(site, [opEd])).toEqual([
      { from: '/s/k7tq4', to: '/opinion/op-ed/', status: 301, articleId: 'op-ed', stubPath: '/s/k7tq4' },
      { from: '/opinion/old-op-ed/', to: '/opinion/op-ed/', status: 301, articleId: 'op-ed', stubPath: '/opinion/old-op-ed/' },
    ]);
  });

  it('sends each pull quote’s short link to the article at the quote, by a text fragment, with a stub page', () => {
    const [, quoteLink] = siteRedirects(site, [{ ...opEd, quotes: [quote] }]);
    expect(quoteLink).toEqual({
      from: '/s/k7tq4-1',
      to: '/opinion/op-ed/#:~:text=Enough%20is%20enough.',
      status: 301,
      articleId: 'op-ed',
      stubPath: '/s/k7tq4-1',
      quote: 1,
    });
    const [, elsewhere] = siteRedirects(site, [{ ...opEd, shortUrl: 'https://nws.example/k7tq4', quotes: [{ ...quote, shortUrl: 'https://nws.example/k7tq4-1' }] }]);
    expect(elsewhere).toEqual({ from: '/k7tq4-1', to: 'https://news.example/opinion/op-ed/#:~:text=Enough%20is%20enough.', status: 301, articleId: 'op-ed', quote: 1 });
  });

  it('puts the base path on both ends, and not in the stub path', () => {
    const based = { siteUrl: 'https://example.github.io', basePath: '/longread/' };
    const [short, old] = siteRedirects(based, [{ ...opEd, shortUrl: 'https://example.github.io/longread/s/k7tq4' }]);
    expect(short).toMatchObject({ from: '/longread/s/k7tq4', to: '/longread/opinion/op-ed/', stubPath: '/s/k7tq4' });
    expect(old).toMatchObject({ from: '/longread/opinion/old-op-ed/', to: '/longread/opinion/op-ed/' });
  });

  it('sends a separate short domain to the article by absolute URL, with no stub on this site', () => {
    const [short] = siteRedirects(site, [{ ...opEd, shortUrl: 'https://nws.example/k7tq4' }]);
    expect(short).toEqual({ from: '/k7tq4', to: 'https://news.example/opinion/op-ed/', status: 301, articleId: 'op-ed' });
  });

  it('refuses an old path that is the address of a live article', () => {
    const other = { ...opEd, id: 'other', path: '/opinion/old-op-ed/', shortUrl: 'https://news.example/s/m3nq8', redirectFrom: [], file: 'articles/other.mdx' };
    expect(() => siteRedirects(site, [opEd, other])).toThrow(/articles\/op-ed\.mdx: field "redirectFrom".*articles\/other\.mdx/);
  });

  it('refuses an old path two articles claim', () => {
    const other = { ...opEd, id: 'other', path: '/opinion/other/', shortUrl: 'https://news.example/s/m3nq8', file: 'articles/other.mdx' };
    expect(() => siteRedirects(site, [opEd, other])).toThrow(/articles\/other\.mdx: field "redirectFrom"/);
  });

  it('refuses an old path that could break out of a host file', () => {
    for (const path of ['/a b/', '/a/;return 200;/', 'no-slash/', '/a/$1/']) {
      expect(() => siteRedirects(site, [{ ...opEd, redirectFrom: [path] }])).toThrow(/field "redirectFrom"/);
    }
  });

  it('pairs a path with its other slash form', () => {
    expect(withAndWithoutSlash('/s/k7tq4')).toEqual(['/s/k7tq4', '/s/k7tq4/']);
    expect(withAndWithoutSlash('/a/b/')).toEqual(['/a/b', '/a/b/']);
  });
});
