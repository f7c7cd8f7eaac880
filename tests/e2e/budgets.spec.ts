import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { stayOnRedirectStubs } from '../support/redirect-stubs.ts';
import { DIST, htmlFiles, urlPath } from '../../scripts/checks/site-pages.ts';
import { layoutShiftAfterScroll } from '../support/layout-shift.ts';

/**
 * Performance budgets, for every page the build emits. Figures are
 * printed so a change that moves them shows in the test log.
 */
const KB = 1024;
/** The first round trip of a new connection carries about 14 KB: the whole page must fit. */
const FIRST_ROUND_TRIP = 14 * KB;
/** An article, its CSS inlined, reads from one response of at most this, gzipped: the op-ed is held to it. */
const ARTICLE_BUDGET = 8.5 * KB;
/** The published op-ed, the article every reader of the site has met. */
const OP_ED = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
/** All the JavaScript a page may load, gzipped. */
const SCRIPT_BUDGET = 2 * KB;

const gzipped = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(2)} KB`;

test.beforeEach(({ page }) => stayOnRedirectStubs(page));

for (const file of htmlFiles()) {
  const path = urlPath(file);

  test(`${path}: nothing render-blocking outside the HTML, which fits the first round trip`, () => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const { document } = parseHTML(html);
    const blockingStyles = [...document.querySelectorAll('link[rel~="stylesheet"]')].filter(
      (link) => !/^(print|not all)$/.test(link.getAttribute('media') ?? ''),
    );
    const blockingScripts = [...document.querySelectorAll('script[src]')].filter(
      (script) => !script.hasAttribute('defer') && !script.hasAttribute('async') && script.getAttribute('type') !== 'module',
    );
    // An inline classic script would stop the parser; an inline module waits until the page is parsed.
    const blockingInlineScripts = [...document.querySelectorAll('script:not([src])')].filter((script) =>
      /^(|text\/javascript|application\/javascript)$/i.test(script.getAttribute('type') ?? ''),
    );
    expect(blockingStyles.map((link) => link.outerHTML)).toEqual([]);
    expect(blockingScripts.map((script) => script.outerHTML)).toEqual([]);
    expect(blockingInlineScripts.map((script) => script.outerHTML.slice(0, 80))).toEqual([]);
    // With no render-blocking request, the document alone is "the HTML with everything render-blocking inlined".
    const size = gzipped(html);
    const note = document.querySelector('article') ? ` (an article's budget: ≤ ${kb(ARTICLE_BUDGET)})` : '';
    console.log(`${path}: ${kb(size)} gzip, render-blocking inlined${note}`);
    expect(size).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    if (path === OP_ED) expect(size).toBeLessThanOrEqual(ARTICLE_BUDGET);
  });

  test(`${path}: images sized, scripts deferred and small, no layout shift, readable without JavaScript`, async ({ page, browser }) => {
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push({ url: response.url(), bytes: gzipped(await response.body()) });
      }
    });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path, { waitUntil: 'load' });

    const unsized = await page.locator('img:not([width][height])').evaluateAll((images) => images.map((image) => image.outerHTML.slice(0, 80)));
    expect(unsized).toEqual([]);

    const layoutShift = await layoutShiftAfterScroll(page);
    expect(layoutShift).toBe(0);

    // Inline modules count too: they are JavaScript the reader downloads, in the page.
    const inlineScripts = await page.locator('script[type="module"]:not([src])').evaluateAll((elements) => elements.map((script) => script.textContent ?? ''));
    const scriptBytes = [...scripts.map(({ bytes }) => bytes), ...inlineScripts.map(gzipped)].reduce((sum, n) => sum + n, 0);
    console.log(`${path}: ${scripts.length + inlineScripts.length} script(s), ${kb(scriptBytes)} gzip; CLS ${layoutShift}`);
    expect(scriptBytes).toBeLessThanOrEqual(SCRIPT_BUDGET);

    // The words, without the controls a script adds as an enhancement (a Copy button)
    // and the notes only readers without scripts see.
    const words = (tab: typeof page) =>
      tab.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('button, input, select, textarea, output, [aria-live], noscript').forEach((control) => control.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
    const withScript = await words(page);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const withoutScript = await context.newPage();
    await stayOnRedirectStubs(withoutScript);
    await withoutScript.goto(path);
    expect(await words(withoutScript)).toBe(withScript);
    await context.close();
  });
}
