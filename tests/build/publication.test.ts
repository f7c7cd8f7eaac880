import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from '@playwright/test';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORS, SECTIONS } from '../../scripts/benchmarks/generate-articles.ts';
import { slugify } from '../../src/features/articles/slug.ts';
import { chromiumLaunchOptions } from '../../scripts/checks/chromium.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { serveStatic } from '../../scripts/checks/static-server.ts';

/**
 * A publication of 30 generated articles plus the base fixture and a
 * draft, built for a host under a base path, six articles to a page.
 */
const SITE = 'https://news.example';
const BASE = '/longread/';
const PER_PAGE = 6;
/** A word only one generated article's body contains. */
const BODY_WORD = 'quillwortery';
/** Only the oldest article's body holds it: it sits in the first search shard. */
const OLDEST_WORD = 'fenwrackle';
/** Articles per search shard in this build, so the thirty-one make three full shards and runs of four, two and one. */
const SHARD_SIZE = 8;
const DRAFT = { slug: 'unpublished-draft', title: 'zeppelinfarms', body: 'hovercraftorium', tag: 'draftonly-topic', code: 'dr4ft' };

interface Expected {
  path: string;
  title: string;
  section: string;
  author: string;
  publishedAt: string;
}

let site: FixtureSite;
let expected: Expected[];
let searchTarget: Expected;
let buildOutput: string;

/** The HTML file a site path (with base) is served from. */
function fileOf(path: string): string {
  return join(site.distDir, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '');
}

async function page(path: string): Promise<Document> {
  return parseHTML(await readFile(fileOf(path), 'utf8')).document;
}

/** Follows a listing's rel="next" links from its first page; returns its article links in order and the page count. */
async function crawl(first: string): Promise<{ links: string[]; pages: number }> {
  const links: string[] = [];
  let pages = 0;
  for (let path: string | null | undefined = first; path;) {
    const document = await page(path);
    pages++;
    links.push(...[...document.querySelectorAll('.article-list h2 a')].map((a) => a.getAttribute('href')!));
    path = document.querySelector('a[rel="next"]')?.getAttribute('href');
  }
  return { links, pages };
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  site = await fixtureSite([{ from: 'draft/unpublished-draft.mdx', to: 'articles/unpublished-draft.mdx' }], { generated: 30 });
  const target = site.generated[7]!;
  const file = join(site.contentDir, 'articles', `${target.slug}.mdx`);
  await writeFile(file, `${await readFile(file, 'utf8')}\nA rare word closes this piece: ${BODY_WORD}.\n`);
  const oldest = join(site.contentDir, 'articles', `${site.generated.at(-1)!.slug}.mdx`);
  await writeFile(oldest, `${await readFile(oldest, 'utf8')}\nThe oldest piece has a rare word too: ${OLDEST_WORD}.\n`);
  // Shards of eight pages: the search page merges four indexes, as it does for a large archive.
  const { status, output } = await site.build({
    SITE_URL: SITE,
    BASE_PATH: BASE,
    ARTICLES_PER_PAGE: String(PER_PAGE),
    LONGREAD_SEARCH_SHARD_SIZE: String(SHARD_SIZE),
  });
  buildOutput = output;
  if (status !== 0) throw new Error(output);
  expected = [
    ...site.generated.map((article) => ({
      path: `${BASE}${article.section}/${article.slug}/`,
      title: article.title,
      section: article.section,
      author: article.author,
      publishedAt: article.publishedAt,
    })),
    { path: `${BASE}essays/typography/`, title: "Typography's test", section: 'essays', author: 'ada-writer', publishedAt: '2025-01-15' },
  ];
  searchTarget = expected[7]!;
}, 300_000);

afterAll(() => site?.remove());

describe('listings', () => {
  it('reach every article from the front page through pagination, newest first, each once', async () => {
    const { links, pages } = await crawl(BASE);
    expect(links).toEqual(expected.map((article) => article.path));
    // A page for each full run of articles: the first page holds the newest run and, while it is not full, the one before.
    expect(pages).toBe(Math.floor(expected.length / PER_PAGE));
  });

  it('number archive pages /page/<n>/ from the oldest, and link back to newer ones', async () => {
    const older = (await page(BASE)).querySelector('a[rel="next"]')!.getAttribute('href')!;
    const number = Math.floor(expected.length / PER_PAGE) - 1;
    expect(older).toBe(`${BASE}page/${number}/`);
    const second = await page(older);
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(BASE);
    expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${BASE}page/${number}/`);
    const oldest = await page(`${BASE}page/1/`);
    const oldestLinks = [...oldest.querySelectorAll('.article-list h2 a')].map((a) => a.getAttribute('href'));
    expect(oldestLinks).toEqual(expected.slice(-PER_PAGE).map((article) => article.path));
    expect(oldest.querySelector('a[rel="next"]')).toBeNull();
  });

  it('reach every article of a section from the section page', async () => {
    for (const { id } of SECTIONS) {
      const { links } = await crawl(`${BASE}${id}/`);
      expect(links, id).toEqual(expected.filter((article) => article.section === id).map((article) => article.path));
    }
  });

  it('reach every article of an author from the author page, which links their feed and X', async () => {
    for (const { id, x } of AUTHORS) {
      const { links } = await crawl(`${BASE}authors/${id}/`);
      expect(links, id).toEqual(expected.filter((article) => article.author === id).map((article) => article.path));
      const document = await page(`${BASE}authors/${id}/`);
      const hrefs = [...document.querySelectorAll('main .inline-list a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`${BASE}authors/${id}/rss.xml`);
      expect(hrefs).toContain(`https://x.com/${x.slice(1)}`);
    }
  });

  it('link each byline to its author’s page', async () => {
    for (const article of expected) {
      const byline = (await page(article.path)).querySelector('.byline a[rel="author"]');
      expect(byline?.getAttribute('href')).toBe(`${BASE}authors/${article.author}/`);
    }
  });

  it('index every author and every tag, each linked to its page', async () => {
    const links = async (path: string) => [...(await page(path)).querySelectorAll('main .inline-list a')].map((a) => a.getAttribute('href'));
    expect((await links(`${BASE}authors/`)).sort()).toEqual([...new Set(expected.map((article) => `${BASE}authors/${article.author}/`))].sort());
    const tags = new Set(site.generated.flatMap((article) => article.tags.map((tag) => `${BASE}tags/${slugify(tag)}/`)));
    expect((await links(`${BASE}tags/`)).sort()).toEqual([...tags].sort());
  });

  it('give every tag one page that lists its articles', async () => {
    const tagged = new Map<string, string[]>();
    for (const generated of site.generated) {
      for (const tag of generated.tags) {
        const slug = slugify(tag);
        tagged.set(slug, [...(tagged.get(slug) ?? []), `${BASE}${generated.section}/${generated.slug}/`]);
      }
    }
    for (const [slug, paths] of tagged) {
      expect((await crawl(`${BASE}tags/${slug}/`)).links, slug).toEqual(paths);
    }
  });
});

describe('feeds', () => {
  const parser = new Parser();
  const feeds = () => [
    { path: 'rss.xml', articles: expected },
    ...SECTIONS.map(({ id }) => ({ path: `${id}/rss.xml`, articles: expected.filter((a) => a.section === id) })),
    ...AUTHORS.map(({ id }) => ({ path: `authors/${id}/rss.xml`, articles: expected.filter((a) => a.author === id) })),
  ];

  it('hold the right items, newest first, with dates, authors and absolute links', async () => {
    for (const feed of feeds()) {
      const parsed = await parser.parseString(await readFile(join(site.distDir, feed.path), 'utf8'));
      expect(
        parsed.items.map((item) => item.link),
        feed.path,
      ).toEqual(feed.articles.map((a) => `${SITE}${a.path}`));
      expect(parsed.items.map((item) => item.title)).toEqual(feed.articles.map((a) => a.title));
      expect(parsed.items.map((item) => new Date(item.pubDate!).toISOString().slice(0, 10))).toEqual(feed.articles.map((a) => a.publishedAt));
      for (const item of parsed.items) {
        expect(item.creator).toMatch(/\w/);
        expect(item.contentSnippet?.length).toBeGreaterThan(20);
      }
    }
  });

  it('are announced on every page but redirect stubs', async () => {
    const pages = (await allFiles(site.distDir)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(expected.length);
    for (const file of pages) {
      const { document } = parseHTML(await readFile(file, 'utf8'));
      if (document.querySelector('meta[http-equiv="refresh"]')) continue;
      const alternates = [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')];
      expect(
        alternates.map((link) => link.getAttribute('href')),
        relative(site.distDir, file),
      ).toContain(`${BASE}rss.xml`);
    }
  });

  it('of an article’s author is announced on the article, a section’s on the section page', async () => {
    const { author, section } = expected[0]!;
    const alternates = async (path: string) => [...(await page(path)).querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href'));
    expect(await alternates(expected[0]!.path)).toEqual([`${BASE}rss.xml`, `${BASE}authors/${author}/rss.xml`]);
    expect(await alternates(`${BASE}${section}/`)).toEqual([`${BASE}rss.xml`, `${BASE}${section}/rss.xml`]);
    expect(await alternates(`${BASE}authors/${author}/`)).toEqual([`${BASE}rss.xml`, `${BASE}authors/${author}/rss.xml`]);
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every page but redirect stubs, search and the share page, and nothing else', async () => {
    const xml = await readFile(join(site.distDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
    const pages = (await allFiles(site.distDir))
      .filter((file) => file.endsWith('/index.html') && !/^(s|search|share)\//.test(relative(site.distDir, file)))
      .map((file) => `${SITE}${BASE}${relative(site.distDir, file).replace(/index\.html$/, '')}`)
      .sort();
    expect(listed).toEqual(pages);
    for (const article of expected) expect(listed).toContain(`${SITE}${article.path}`);
  });

  it('robots.txt points at the sitemap index', async () => {
    const robots = await readFile(join(site.distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const index = await readFile(join(site.distDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${SITE}${BASE}sitemap-0.xml`);
  });
});

describe('a draft', () => {
  it('has no page, and its tag has none', async () => {
    const files = (await allFiles(site.distDir)).map((file) => relative(site.distDir, file));
    expect(files.filter((file) => file.includes(DRAFT.slug) || file.includes(DRAFT.tag))).toEqual([]);
  });

  it('is named in no page, feed, sitemap or other text file', async () => {
    for (const file of await allFiles(site.distDir)) {
      if (!/\.(html|xml|txt|json|js)$/.test(file)) continue;
      const text = await readFile(file, 'utf8');
      for (const word of [DRAFT.title, DRAFT.body, DRAFT.slug, DRAFT.code]) {
        expect(text.includes(word), `${relative(site.distDir, file)} mentions ${word}`).toBe(false);
      }
    }
  });
});

describe('search, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof chromium.launch>>;

  beforeAll(async () => {
    server = await serveStatic(site.distDir, BASE);
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(query: string) {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await tab.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    const result = {
      status: await tab.locator('#search-status').innerText(),
      links: await tab.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    };
    await tab.close();
    return result;
  }

  it('finds an article by a word only its body contains', async () => {
    const { status, links } = await search(BODY_WORD);
    expect(status).toContain('1 article matches');
    expect(links).toEqual([searchTarget.path]);
  });

  it('searches article bodies only, not listings that show their headlines', async () => {
    const { links } = await search(searchTarget.title.split(' ').slice(-2).join(' '));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => expected.some((article) => article.path === link))).toBe(true);
  });

  it('merges the index of every shard: the oldest article is found as the newest are', async () => {
    expect(buildOutput).toMatch(/Search: indexed 31 pages in 6 shards \(6 indexed, 0 from the cache\)\./);
    expect(JSON.parse(await readFile(join(site.distDir, 'pagefind/shards.json'), 'utf8'))).toEqual([
      'shards/2/',
      'shards/3/',
      'shards/4/',
      'shards/5/',
      'shards/6/',
    ]);
    const { status, links } = await search(OLDEST_WORD);
    expect(status).toContain('1 article matches');
    expect(links).toEqual([`${BASE}${site.generated.at(-1)!.section}/${site.generated.at(-1)!.slug}/`]);
  });

  it('searches on the page’s own thread, with no worker that could answer as well', async () => {
    const tab = await browser.newPage();
    const workers: string[] = [];
    tab.on('worker', (worker) => workers.push(worker.url()));
    await tab.goto(`${server.url}search/?q=${encodeURIComponent(BODY_WORD)}`);
    await tab.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    expect(await tab.locator('#search-status').innerText()).toContain('1 article matches');
    expect(workers).toEqual([]);
    await tab.close();
  });

  it('does not find the draft', async () => {
    expect((await search(DRAFT.body)).status).toContain('No articles match');
  });

  it('starts from the header’s plain search form', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}${expected[0]!.path.slice(BASE.length)}`);
    // The article page carries no search code until the reader searches.
    const sources = await tab.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')));
    expect(sources.filter((src) => /pagefind|search/.test(src ?? ''))).toEqual([]);
    await tab.getByRole('searchbox', { name: 'Search articles' }).fill(BODY_WORD);
    await tab.getByRole('button', { name: 'Search' }).click();
    await tab.locator('#search-results a').first().waitFor();
    expect(await tab.locator('#search-results a').count()).toBe(1);
    await tab.close();
  });
});
