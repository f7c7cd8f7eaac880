import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/checks/chromium.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { serveStatic } from '../../scripts/checks/static-server.ts';

/**
 * The Arabic fixture article, built beside the English base fixture and
 * looked at in Chromium at a phone's and a desktop's width. Screenshots go
 * to screenshots/ for a person to check by eye.
 */
const ARTICLE = 'arabic-opinion/cities-and-water/';
// Not test-results/: Playwright empties that folder when it starts, and `npm test` runs it after vitest.
const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');

let site: FixtureSite;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  site = await fixtureSite([
    { from: 'arabic/articles/cities-and-water.mdx', to: 'articles/cities-and-water.mdx' },
    { from: 'arabic/authors/sara-alamri.yaml', to: 'authors/sara-alamri.yaml' },
    { from: 'arabic/sections/arabic-opinion.yaml', to: 'sections/arabic-opinion.yaml' },
  ]);
  // The fixture's code and its pull quote's, recorded as if published, so a CI build (which refuses unrecorded codes) accepts it.
  const registryFile = join(site.contentDir, 'short-links.json');
  const registry = JSON.parse(await readFile(registryFile, 'utf8'));
  const quote = 'الماء لا ينتظر اللجان، والمدينة لا تنتظر الموسم المقبل.';
  await writeFile(registryFile, JSON.stringify({ ...registry, ar4b7: 'cities-and-water', 'ar4b7-1': quote }));
  const { status, output } = await site.build();
  if (status !== 0) throw new Error(output);
  server = await serveStatic(site.distDir, '/');
  browser = await chromium.launch(chromiumLaunchOptions());
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

describe('an Arabic article', () => {
  it('sets lang="ar" and dir="rtl" on its page', async () => {
    const html = await readFile(join(site.distDir, ARTICLE, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('gives byline, dates and reading time in Arabic', async () => {
    const html = await readFile(join(site.distDir, ARTICLE, 'index.html'), 'utf8');
    expect(html).toContain('بقلم');
    expect(html).toContain('١٤ سبتمبر ٢٠٢٥'.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));
    expect(html).toContain('آخر تحديث');
    expect(html).toContain('دقيقة واحدة للقراءة');
    expect(html).toContain('عن الكاتب');
  });

  for (const width of [360, 1280]) {
    describe(`at ${width}px`, () => {
      let page: Page;

      beforeAll(async () => {
        page = await browser.newPage({ viewport: { width, height: width < 600 ? 780 : 900 } });
        await page.goto(`${server.url}${ARTICLE}`);
        await page.screenshot({ path: join(SCREENSHOTS, `arabic-article-${width}.png`), fullPage: true });
      });

      afterAll(() => page.close());

      it('does not overflow the screen', async () => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      });

      it('starts byline, pull quote, bio and disclaimer at the right-hand edge of the text', async () => {
        const edges = await page.evaluate(() => {
          const right = (selector: string) => Math.round(document.querySelector(selector)!.getBoundingClientRect().right);
          const textRight = (selector: string) => {
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(selector)!);
            return Math.round(Math.max(...[...range.getClientRects()].map((rect) => rect.right)));
          };
          return {
            column: right('.story-body'),
            byline: right('.byline-author'),
            pullQuote: textRight('.pull-quote p'),
            pullQuoteCredit: textRight('.pull-quote figcaption'),
            bio: textRight('.author-bio h2'),
            disclaimer: textRight('.disclaimer small'),
            firstParagraph: textRight('.story-body > p'),
          };
        });
        for (const [part, edge] of Object.entries(edges)) {
          expect(Math.abs(edge - edges.column), `${part} at ${edge}, column ends at ${edges.column}`).toBeLessThanOrEqual(2);
        }
      });

      it('renders Arabic letters with an Arabic font', async () => {
        const fonts = await page.evaluate(() => getComputedStyle(document.querySelector('.story-body p')!).fontFamily);
        expect(fonts).toMatch(/Amiri|Naskh/);
      });
    });
  }
});

describe('the front page with an Arabic article', () => {
  it('marks its entry right to left, in its language', async () => {
    const html = await readFile(join(site.distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<li lang="ar" dir="rtl">/);
    // Left to right is the page's own direction: no attribute needed.
    expect(html).toMatch(/<li lang="en">/);
  });
});
