import { describe, expect, it } from 'vitest';
import { type RedirectingArticle, siteRedirects, withAndWithoutSlash } from './redirects.ts';

const site = { siteUrl: 'https://news.example', basePath: '/', shortLinkBase: 'https://news.example/s' };
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
      { from: '/s/k7tq4', to: '/opinion/op-ed/', status: 301, kind: 'short link', articleId: 'op-ed', stubPath: '/s/k7tq4' },
      { from: '/opinion/old-op-ed/', to: '/opinion/op-ed/', status: 301, kind: 'old address', articleId: 'op-ed', stubPath: '/opinion/old-op-ed/' },
    ]);
  });

  it('sends each pull quote’s short link to the article at the quote, by a text fragment, with a stub page', () => {
    const [, quoteLink] = siteRedirects(site, [{ ...opEd, quotes: [quote] }]);
    expect(quoteLink).toEqual({
      from: '/s/k7tq4-1',
      to: '/opinion/op-ed/#:~:text=Enough%20is%20enough.',
      status: 301,
      kind: 'short link',
      articleId: 'op-ed',
      stubPath: '/s/k7tq4-1',
      quote: 1,
    });
    const [, elsewhere] = siteRedirects(site, [
      { ...opEd, shortUrl: 'https://nws.example/k7tq4', quotes: [{ ...quote, shortUrl: 'https://nws.example/k7tq4-1' }] },
    ]);
    expect(elsewhere).toEqual({
      from: '/k7tq4-1',
      to: 'https://news.example/opinion/op-ed/#:~:text=Enough%20is%20enough.',
      status: 301,
      kind: 'short link',
      articleId: 'op-ed',
      quote: 1,
    });
  });

  it('puts the base path on both ends, and not in the stub path', () => {
    const based = { siteUrl: 'https://example.github.io', basePath: '/longread/', shortLinkBase: 'https://example.github.io/longread/s' };
    const [short, old] = siteRedirects(based, [{ ...opEd, shortUrl: 'https://example.github.io/longread/s/k7tq4' }]);
    expect(short).toMatchObject({ from: '/longread/s/k7tq4', to: '/longread/opinion/op-ed/', stubPath: '/s/k7tq4' });
    expect(old).toMatchObject({ from: '/longread/opinion/old-op-ed/', to: '/longread/opinion/op-ed/' });
  });

  it('sends a separate short domain to the article by absolute URL, with no stub on this site', () => {
    const [short] = siteRedirects(site, [{ ...opEd, shortUrl: 'https://nws.example/k7tq4' }]);
    expect(short).toEqual({ from: '/k7tq4', to: 'https://news.example/opinion/op-ed/', status: 301, kind: 'short link', articleId: 'op-ed' });
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

  describe('every address has one owner', () => {
    const other = { ...opEd, id: 'other', path: '/opinion/other/', shortUrl: 'https://news.example/s/m3nq8', redirectFrom: [], file: 'articles/other.mdx' };
    const owners = { sections: [{ id: 'opinion', file: 'sections/opinion.yaml' }], pages: [{ id: 'about', file: 'pages/about.md' }] };
    const refused = (redirectFrom: string[], expected: RegExp, articles = [{ ...opEd, quotes: [quote] }]) =>
      expect(() => siteRedirects(site, [...articles, { ...other, redirectFrom }], owners)).toThrow(expected);

    it("refuses another article's short link, in any spelling a host reads as it", () => {
      for (const path of ['/s/k7tq4/', '/S/K7TQ4/', '/s/%6b7tq4/']) {
        refused([path], /articles\/other\.mdx: field "redirectFrom": .* is the short link of articles\/op-ed\.mdx/);
      }
    });

    it("refuses a pull quote's short link, and a code not issued yet", () => {
      refused(['/s/k7tq4-1/'], /is the short link of quote 1 of articles\/op-ed\.mdx/);
      refused(['/s/zzzz/'], /a short link to come of src\/lib\/paths\.ts/);
      refused(['/s/zzzz-3/'], /a short link to come/);
    });

    it("refuses a section's front, later pages and feed, and a page", () => {
      refused(['/opinion/'], /the front of sections\/opinion\.yaml/);
      refused(['/opinion/page/2/'], /the later pages of sections\/opinion\.yaml/);
      refused(['/opinion/rss.xml/'], /the feed of sections\/opinion\.yaml/);
      refused(['/about/'], /the address of pages\/about\.md/);
      refused(['/about/team/'], /the address of pages\/about\.md/);
    });

    it("refuses anything in an article's folder: its cards and crops", () => {
      refused(['/opinion/op-ed/card.png/'], /the address of articles\/op-ed\.mdx/);
      refused(['/opinion/op-ed/quote-1.png/'], /the address of articles\/op-ed\.mdx/);
    });

    it("refuses the site's own folders, root files and host files", () => {
      for (const path of ['/tags/pakistan/', '/authors/x/', '/page/2/', '/search/', '/pagefind/', '/corrections/', '/share/mastodon/']) {
        refused([path], /src\/lib\/paths\.ts/);
      }
      for (const path of [
        '/rss.xml/',
        '/_redirects/',
        '/.htaccess/',
        '/s/.htaccess/',
        '/nginx-redirects-map.conf/',
        '/vercel.json/',
        '/nginx-redirects.conf/',
        '/sitemap-index.xml/',
        '/_astro/x.css/',
      ]) {
        refused([path], /one of the site's own files of src\/lib\/paths\.ts/);
      }
    });

    it('keeps addresses no one holds: old paths in a section, in the short-link folder when not code-shaped, deeper paths with dots', () => {
      const paths = ['/opinion/old-slug/', '/s/old-campaign/', '/2019/05/index.php/', '/blog/post.html/'];
      expect(siteRedirects(site, [opEd, { ...other, redirectFrom: paths }], owners).map((redirect) => redirect.from)).toEqual(expect.arrayContaining(paths));
    });

    it('refuses an article whose address lies in a section’s later pages, or in another article', () => {
      expect(() => siteRedirects(site, [{ ...other, path: '/opinion/page/2/' }], owners)).toThrow(
        /articles\/other\.mdx: field "slug": .*the later pages of sections\/opinion\.yaml/,
      );
      expect(() => siteRedirects(site, [opEd, { ...other, path: '/opinion/op-ed/part-2/' }], owners)).toThrow(
        /field "slug": .*the address of articles\/op-ed\.mdx/,
      );
    });

    it('refuses a short link on the site that lands on a section, when short links live at the root', () => {
      const atRoot = { ...site, shortLinkBase: 'https://news.example' };
      const code = { ...other, shortUrl: 'https://news.example/opinion' };
      expect(() => siteRedirects(atRoot, [code], owners)).toThrow(/articles\/other\.mdx: field "shortCode": \/opinion is the front of sections\/opinion\.yaml/);
    });
  });

  it('pairs a path with its other slash form', () => {
    expect(withAndWithoutSlash('/s/k7tq4')).toEqual(['/s/k7tq4', '/s/k7tq4/']);
    expect(withAndWithoutSlash('/a/b/')).toEqual(['/a/b', '/a/b/']);
  });
});
