import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/checks/chromium.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { injectionProblems, validityErrors } from '../support/html-checks.ts';
import { htmlFiles } from '../../scripts/checks/site-pages.ts';

/**
 * Valid but awkward articles, built together in one temporary site: each
 * must build and read exactly as written, and every page of the build must
 * stay valid, carry no code the words smuggled in, and fit a phone screen.
 */
const cases = [
  {
    fixture: 'valid/script-in-frontmatter.mdx',
    page: 'essays/script-in-frontmatter/index.html',
    title: `</title><script>alert('title')</script><b onmouseover=alert(1)>Bold</b> & "quotes" {braces}`,
    description: `"><script>alert('description')</script><img src=x onerror=alert(2)></meta></script>-->`,
    lang: 'en',
    dir: 'ltr',
  },
  {
    fixture: 'valid/long-unbroken-title.mdx',
    page: 'essays/long-unbroken-title/index.html',
    title: 'Why the Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt still matters to a continent of pensioners',
    lang: 'en',
    dir: 'ltr',
  },
  {
    // A table of fourteen columns and a line of code far wider than a phone.
    fixture: 'valid/wide-table-and-code.mdx',
    page: 'essays/wide-table-and-code/index.html',
    title: 'Water use by district, and the script that counted it',
    lang: 'en',
    dir: 'ltr',
  },
  {
    fixture: 'valid/arabic-right-to-left.mdx',
    page: 'essays/arabic-right-to-left/index.html',
    title: 'العلاقات الباكستانية الأفغانية أمام اختبار صعب',
    description: 'مقال رأي تجريبي مكتوب بالعربية لاختبار اتجاه النص من اليمين إلى اليسار.',
    lang: 'ar',
    dir: 'rtl',
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(() => browser.close());

let site: FixtureSite;
let result: { status: number; output: string };
let pages: { file: string; html: string }[];

beforeAll(async () => {
  site = await fixtureSite(cases.map(({ fixture }) => ({ from: fixture, to: `articles/${fixture.split('/').pop()}` })));
  // Built as on a writer's machine, which records the fixtures' new short codes in its registry.
  result = await site.build({ CI: '' });
  // Every check below reads the pages: without them they would have nothing to find.
  if (result.status !== 0) throw new Error(result.output);
  const files = htmlFiles(site.distDir);
  pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(join(site.distDir, file), 'utf8') })));
});

afterAll(() => site.remove());

describe.each(cases)('the awkward article $fixture', ({ page, title, description, lang, dir }) => {
  it('builds, with its page among the others', () => {
    expect(result.status, result.output).toBe(0);
    expect(pages.map(({ file }) => file)).toContain(page);
  });

  it('prints the words exactly, as text, in the headline, title and description', () => {
    const { document } = parseHTML(pages.find(({ file }) => file === page)!.html);
    expect(document.querySelector('h1')?.textContent).toBe(title);
    expect(document.title.startsWith(title)).toBe(true);
    if (description) expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(description);
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    expect(document.documentElement.getAttribute('dir')).toBe(dir);
    // The interface speaks the article's language too.
    const byline = document.querySelector('.byline')?.textContent ?? '';
    expect(byline.startsWith(lang === 'ar' ? 'بقلم' : 'By')).toBe(true);
    expect(document.querySelector('.skip-link')?.textContent).toBe(lang === 'ar' ? 'انتقل إلى المحتوى' : 'Skip to content');
  });

  it('sets its entry in the front page list in its own language and direction', () => {
    const { document } = parseHTML(pages.find(({ file }) => file === 'index.html')!.html);
    const entry = [...document.querySelectorAll('.article-list li')].find((li) => li.querySelector('h2')?.textContent === title);
    expect(entry?.getAttribute('lang')).toBe(lang);
    expect(entry?.getAttribute('dir') ?? 'ltr').toBe(dir);
  });
});

describe('a table and a line of code wider than a phone, under headings that skip levels', () => {
  it('has an outline without gaps under its title', () => {
    const { document } = parseHTML(pages.find(({ file }) => file === 'essays/wide-table-and-code/index.html')!.html);
    const outline = [...document.querySelectorAll('h1, .story-body h2, .story-body h3, .story-body h4, .story-body h5, .story-body h6')];
    expect(outline.map((heading) => `${heading.tagName} ${heading.textContent}`)).toEqual([
      'H1 Water use by district, and the script that counted it',
      'H2 The figures',
      'H3 How they were counted',
    ]);
  });

  it('each scroll sideways in a named box the keyboard reaches, and the page passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(join(site.distDir, 'essays/wide-table-and-code/index.html')).href);
    const boxes = await tab.locator('.story-body .scroll-box').evaluateAll((elements) =>
      elements.map((box) => ({
        label: box.getAttribute('aria-label'),
        focusable: (box as HTMLElement).tabIndex === 0,
        scrolls: box.scrollWidth > box.clientWidth,
        holds: box.firstElementChild?.tagName,
      })),
    );
    expect(boxes).toEqual([
      { label: 'Table', focusable: true, scrolls: true, holds: 'TABLE' },
      { label: 'Code', focusable: true, scrolls: true, holds: 'PRE' },
    ]);
    // Its boxes' stylesheet comes with it, and the site's stylesheets keep their cascade: global, then article.
    const styles = (await tab.locator('head style').allTextContents()).join('\n');
    expect(styles).toContain('.scroll-box{');
    expect(styles.indexOf(':root{')).toBeGreaterThan(-1);
    expect(styles.indexOf(':root{')).toBeLessThan(styles.indexOf('.story-header{'));
    const result = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(result.violations.map(({ id, nodes }) => `${id} ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

describe('every page of the build with the awkward articles', () => {
  it('lets no script, handler or unescaped markup from the frontmatter into any page', () => {
    for (const { file, html } of pages) {
      expect(injectionProblems(html), file).toEqual([]);
    }
  });

  it('stays valid HTML', async () => {
    const errors = await Promise.all(pages.map(({ file, html }) => validityErrors(html, file)));
    expect(errors.flat()).toEqual([]);
  });

  it('runs nothing and fits a 360 px screen, each awkward article in its own direction', async () => {
    const directions = new Map(cases.map(({ page, dir }) => [page, dir]));
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const tab = await context.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Redirect stubs leave at once for the page they point to, which is in the list itself.
    for (const { file } of pages.filter(({ html }) => !/<meta http-equiv="refresh"/i.test(html))) {
      await tab.goto(pathToFileURL(join(site.distDir, file)).href);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, file).toBeLessThanOrEqual(0);
      const dir = directions.get(file);
      if (dir) expect(await tab.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
    }
    await context.close();
    expect(dialogs).toEqual([]);
  });
});
