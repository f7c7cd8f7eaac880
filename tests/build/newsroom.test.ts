import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium } from '@playwright/test';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/checks/chromium.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { injectionProblems, validityErrors, xmlProblems } from '../support/html-checks.ts';
import { htmlFiles } from '../../scripts/checks/site-pages.ts';
import { serveStatic } from '../../scripts/checks/static-server.ts';

/**
 * The reader's way on and the newsroom's record, on a publication of 30
 * generated articles plus a corrected, a syndicated and a translated
 * article and a draft, built for a host under a base path.
 */
const SITE = 'https://news.example';
const BASE = '/longread/';
const CORRECTED = `${BASE}essays/corrected-essay/`;
const SYNDICATED = `${BASE}essays/syndicated-essay/`;
const ORIGINAL = `${BASE}essays/water-rights/`;
const TRANSLATION = `${BASE}essays/water-rights-ar/`;
const DRAFT = `${BASE}essays/unpublished-draft/`;
const NEW_PAGES = [CORRECTED, SYNDICATED, ORIGINAL, TRANSLATION, `${BASE}corrections/`, `${BASE}about/`];

let site: FixtureSite;
let pages: { file: string; html: string }[];

/** The parsed page at a site path (with base). */
function page(path: string): Document {
  const file = `${path.slice(BASE.length)}index.html`;
  const found = pages.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no page ${path}`);
  return parseHTML(found.html).document;
}

const jsonLd = (document: Document) => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
const hrefs = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);
const meta = (document: Document, property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');

beforeAll(async () => {
  site = await fixtureSite(
    [
      ...['corrected-essay', 'syndicated-essay', 'water-rights', 'water-rights-ar'].map((name) => ({
        from: `newsroom/${name}.mdx`,
        to: `articles/${name}.mdx`,
      })),
      { from: 'draft/unpublished-draft.mdx', to: 'articles/unpublished-draft.mdx' },
    ],
    // Words alone: the pictures have tests of their own.
    { generated: 30, heroes: false },
  );
  // Built as on a writer's machine, which records the fixtures' new short codes.
  const { status, output } = await site.build({ SITE_URL: SITE, BASE_PATH: BASE, CI: '' });
  if (status !== 0) throw new Error(output);
  pages = await Promise.all(htmlFiles(site.distDir).map(async (file) => ({ file, html: await readFile(join(site.distDir, file), 'utf8') })));
}, 300_000);

afterAll(() => site?.remove());

describe('onward reading', () => {
  const lists = (path: string) => {
    const document = page(path);
    return {
      byAuthor: hrefs(document, '[aria-labelledby="more-from-author"] a'),
      related: hrefs(document, '[aria-labelledby="related-articles"] a'),
    };
  };

  it('offers every generated article more by its author and related pieces, never itself, a draft, or one twice', () => {
    for (const article of site.generated) {
      const path = `${BASE}${article.section}/${article.slug}/`;
      const { byAuthor, related } = lists(path);
      if (site.generated.some((other) => other !== article && other.author === article.author)) {
        expect(byAuthor.length, path).toBeGreaterThan(0);
      }
      if (site.generated.some((other) => other !== article && other.tags.some((tag) => article.tags.includes(tag)))) {
        expect(related.length, path).toBeGreaterThan(0);
      }
      expect(byAuthor.length).toBeLessThanOrEqual(3);
      expect(related.length).toBeLessThanOrEqual(3);
      for (const href of [...byAuthor, ...related]) {
        expect(href, path).not.toBe(path);
        expect(href, path).not.toBe(DRAFT);
        expect(
          pages.some((candidate) => `${BASE}${candidate.file}` === `${href}index.html`),
          href,
        ).toBe(true);
      }
      expect(
        byAuthor.filter((href) => related.includes(href)),
        path,
      ).toEqual([]);
    }
  });

  it('offers the author’s newest other pieces first', () => {
    const [article] = site.generated;
    const newest = site.generated
      .filter((other) => other !== article && other.author === article!.author)
      .slice(0, 3)
      .map((other) => `${BASE}${other.section}/${other.slug}/`);
    expect(lists(`${BASE}${article!.section}/${article!.slug}/`).byAuthor).toEqual(newest);
  });

  it('does not offer a translation of the same piece', () => {
    const { byAuthor, related } = lists(ORIGINAL);
    expect([...byAuthor, ...related]).not.toContain(TRANSLATION);
  });
});

describe('navigation', () => {
  it('links the first four sections in the masthead and the rest in a menu', () => {
    const document = page(BASE);
    const nav = document.querySelector('.site-header nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Sections');
    const bar = [...nav.querySelectorAll(':scope > ul > li > a')].map((a) => a.textContent);
    const menu = [...nav.querySelectorAll('details a')].map((a) => a.textContent);
    expect(bar).toEqual(['Business', 'Culture', 'Essays', 'Opinion']);
    expect(menu).toEqual(['World']);
    expect(nav.querySelector('details summary')?.textContent).toBe('More');
  });

  it('links sections, authors, topics, search, the about page, corrections and the feed from every footer', () => {
    const expected = [
      ...['business', 'culture', 'essays', 'opinion', 'world'].map((id) => `${BASE}${id}/`),
      `${BASE}authors/`,
      `${BASE}tags/`,
      `${BASE}search/`,
      `${BASE}about/`,
      `${BASE}corrections/`,
      `${BASE}rss.xml`,
    ];
    for (const path of [BASE, CORRECTED, `${BASE}about/`]) {
      expect(hrefs(page(path), '.site-footer a'), path).toEqual(expected);
    }
  });
});

describe('a corrected article', () => {
  it('dates every correction at its end, newest first, and the newest at the top', () => {
    const document = page(CORRECTED);
    const notes = [...document.querySelectorAll('#article-corrections p')].map((p) => [p.id, p.textContent!.replace(/\s+/g, ' ')]);
    expect(notes).toEqual([
      ['correction-2', 'Correction, April 2, 2025: The dam was opened in 1971, not 1977.'],
      ['correction-1', expect.stringMatching(/^Correction, March 12, 2025: An earlier version gave the river's length/)],
    ]);
    const top = document.querySelector('.story-header a[href="#article-corrections"]')!.closest('p')!;
    expect(top.textContent!.replace(/\s+/g, ' ')).toBe('Correction, April 2, 2025: The dam was opened in 1971, not 1977.');
  });

  it('is modified at its newest correction, and says what was corrected in its structured data', () => {
    const document = page(CORRECTED);
    expect(meta(document, 'article:modified_time')).toBe('2025-04-02T00:00:00Z');
    const data = jsonLd(document);
    expect(data.dateModified).toBe('2025-04-02T00:00:00Z');
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'The dam was opened in 1971, not 1977.', datePublished: '2025-04-02T00:00:00Z' },
      expect.objectContaining({ '@type': 'CorrectionComment', datePublished: '2025-03-12T00:00:00Z' }),
    ]);
  });

  it('lists its three subheadings in a contents list that links their anchors', () => {
    const document = page(CORRECTED);
    const links = hrefs(document, 'nav.contents a');
    expect(links).toEqual(['#the-flood', '#the-town', '#the-dam']);
    for (const link of links) expect(document.getElementById(link.slice(1))?.localName).toBe('h2');
    expect(page(ORIGINAL).querySelector('nav.contents')).toBeNull();
  });

  it('is on the corrections page after the article corrected since, each correction linked to its note', () => {
    const document = page(`${BASE}corrections/`);
    expect(hrefs(document, 'main h2 a')).toEqual([TRANSLATION, CORRECTED]);
    expect(hrefs(document, 'main section p a')).toEqual([`${TRANSLATION}#correction-1`, `${CORRECTED}#correction-2`, `${CORRECTED}#correction-1`]);
    expect(document.querySelector(`section:has(a[href="${TRANSLATION}"])`)?.getAttribute('lang')).toBe('ar');
  });

  it('has its corrections in the corrections feed, newest first', async () => {
    const feed = await new Parser().parseString(await readFile(join(site.distDir, 'corrections/rss.xml'), 'utf8'));
    expect(feed.title).toBe('Corrections | Arab News');
    expect(feed.items.map((item) => [item.link, item.title, item.pubDate && new Date(item.pubDate).toISOString()])).toEqual([
      [`${SITE}${TRANSLATION}#correction-1`, 'Correction: لمن المياه تحت المدينة', '2025-05-10T00:00:00.000Z'],
      [`${SITE}${CORRECTED}#correction-2`, 'Correction: The river that changed its course', '2025-04-02T00:00:00.000Z'],
      [`${SITE}${CORRECTED}#correction-1`, 'Correction: The river that changed its course', '2025-03-12T00:00:00.000Z'],
    ]);
    expect(feed.items[1]!.contentSnippet).toBe('The dam was opened in 1971, not 1977.');
    expect(hrefs(page(`${BASE}corrections/`), 'link[rel="alternate"][type="application/rss+xml"]')).toContain(`${BASE}corrections/rss.xml`);
  });
});

describe('a syndicated article', () => {
  const original = 'https://coastal-review.example/2025/02/harbour';

  it('says where it first appeared, with a link', () => {
    const document = page(SYNDICATED);
    const note = [...document.querySelectorAll('.story-header p')].find((p) => p.textContent!.startsWith('First published'))!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).toBe('First published in The Coastal Review on February 18, 2025');
    expect(note.querySelector('a')?.getAttribute('href')).toBe(original);
  });

  it('names the original as canonical and og:url, and as what it is based on', () => {
    const document = page(SYNDICATED);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(original);
    expect(meta(document, 'og:url')).toBe(original);
    expect(jsonLd(document).isBasedOn).toMatchObject({ url: original, publisher: { name: 'The Coastal Review' } });
  });

  it('is left out of the sitemap, whose pages are canonical ones', async () => {
    const sitemap = await readFile(join(site.distDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain(`${SITE}${SYNDICATED}`);
    expect(sitemap).toContain(`<loc>${SITE}${CORRECTED}</loc>`);
  });
});

describe('a translated pair', () => {
  const alternates = (path: string) =>
    [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
  const expected = [
    ['en', `${SITE}${ORIGINAL}`],
    ['ar', `${SITE}${TRANSLATION}`],
    ['x-default', `${SITE}${ORIGINAL}`],
  ];

  it('link each other with hreflang, both ways, the original as x-default', () => {
    expect(alternates(ORIGINAL)).toEqual(expected);
    expect(alternates(TRANSLATION)).toEqual(expected);
  });

  it('offer a switch to the other, in the other’s language', () => {
    const toArabic = page(ORIGINAL).querySelector(`.story-header a[hreflang="ar"]`)!;
    expect([toArabic.textContent!.trim(), toArabic.getAttribute('href'), toArabic.closest('[lang]')?.getAttribute('lang')]).toEqual([
      'اقرأ بالعربية',
      TRANSLATION,
      'ar',
    ]);
    const toEnglish = page(TRANSLATION).querySelector(`.story-header a[hreflang="en"]`)!;
    expect([toEnglish.textContent!.trim(), toEnglish.getAttribute('href')]).toEqual(['Read in English', ORIGINAL]);
  });

  it('name each other in their structured data', () => {
    expect(jsonLd(page(ORIGINAL)).workTranslation).toEqual([{ '@type': 'CreativeWork', url: `${SITE}${TRANSLATION}`, inLanguage: 'ar' }]);
    expect(jsonLd(page(TRANSLATION)).translationOfWork).toEqual({ '@type': 'CreativeWork', url: `${SITE}${ORIGINAL}`, inLanguage: 'en' });
  });

  it('are alternates of each other in the sitemap', async () => {
    const sitemap = await readFile(join(site.distDir, 'sitemap-0.xml'), 'utf8');
    for (const path of [ORIGINAL, TRANSLATION]) {
      const entry = sitemap.match(new RegExp(`<url><loc>${SITE}${path}</loc>.*?</url>`))?.[0] ?? '';
      for (const [lang, href] of expected) expect(entry, path).toContain(`hreflang="${lang}" href="${href}"`);
    }
  });
});

describe('the publisher', () => {
  it('is a news organisation whose logo and policy pages the site has', () => {
    const { publisher } = jsonLd(page(CORRECTED));
    expect(publisher['@type']).toBe('NewsMediaOrganization');
    for (const key of ['publishingPrinciples', 'correctionsPolicy', 'ethicsPolicy']) {
      const url = new URL(publisher[key]);
      const document = page(url.pathname);
      if (url.hash) expect(document.getElementById(url.hash.slice(1)), key).not.toBeNull();
    }
    expect(publisher.logo.url).toBe(`${SITE}${BASE}logo.png`);
  });

  it('draws its logo at the size it states', async () => {
    const png = await readFile(join(site.distDir, 'logo.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('every page of the build', () => {
  it('is valid HTML and carries no code from the words', async () => {
    const errors = await Promise.all(pages.map(({ file, html }) => validityErrors(html, file)));
    expect(errors.flat()).toEqual([]);
    for (const { file, html } of pages) expect(injectionProblems(html), file).toEqual([]);
  });

  it('links only to pages and anchors that exist', () => {
    const documents = new Map(pages.map(({ file, html }) => [`${BASE}${file}`.replace(/index\.html$/, ''), parseHTML(html).document]));
    const broken: string[] = [];
    for (const [here, document] of documents) {
      for (const href of hrefs(document, 'a[href]')) {
        const url = new URL(href, `${SITE}${here}`);
        // Other origins are not this build's; feeds and images are checked by the tests of their own.
        if (url.origin !== SITE || /\.(xml|png|svg)$/.test(url.pathname)) continue;
        const path = decodeURIComponent(url.pathname);
        // A short link has no trailing slash; static hosts serve its stub's folder, as they do any folder.
        const target = documents.get(path) ?? documents.get(`${path}/`);
        // A text fragment (a quote's short link) names words on the page, not an element.
        const fragment = url.hash.startsWith('#:~:text=') ? decodeURIComponent(url.hash.slice('#:~:text='.length).split(',')[0]!) : undefined;
        const found =
          fragment !== undefined ? target?.body.textContent?.includes(fragment) : !url.hash || target?.getElementById(decodeURIComponent(url.hash.slice(1)));
        if (!target || !found) broken.push(`${href} on ${here}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the new pages, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(site.distDir, BASE);
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('write every feed and sitemap as XML a strict parser reads', async () => {
    const tab = await browser.newPage();
    expect(await xmlProblems(tab, site.distDir)).toEqual([]);
    // The same parser refuses a feed with one NUL byte in it.
    const broken = await mkdtemp(join(tmpdir(), 'longread-xml-'));
    await writeFile(join(broken, 'rss.xml'), '<?xml version="1.0"?><rss><channel><title>A\u0000B</title></channel></rss>');
    expect(await xmlProblems(tab, broken)).toHaveLength(1);
    await rm(broken, { recursive: true });
    await tab.close();
  });

  it('have no axe violations, light or dark, on a phone', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, colorScheme });
      const tab = await context.newPage();
      for (const path of NEW_PAGES) {
        await tab.goto(`${server.url}${path.slice(BASE.length)}`);
        const result = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        violations.push(...result.violations.map(({ id, nodes }) => `${path} (${colorScheme}): ${id} ${nodes.map((n) => n.target).join(', ')}`));
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  it('open the masthead’s menu without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(server.url);
    const world = tab.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' });
    await expect(world.isVisible()).resolves.toBe(false);
    await tab.getByText('More', { exact: true }).click();
    await expect(world.isVisible()).resolves.toBe(true);
    await context.close();
  });
});
