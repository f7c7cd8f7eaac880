import { expect, test } from '@playwright/test';
import { stayOnRedirectStubs } from '../support/redirect-stubs.ts';
import { pagePaths } from '../../scripts/checks/site-pages.ts';

/**
 * With stylesheets off (a text browser, a reader's own styles, a failed
 * load), every page still reads correctly: the same words in the same
 * order, one headline, and headings that never skip a level.
 */
test.beforeEach(({ page }) => stayOnRedirectStubs(page));

for (const path of pagePaths()) {
  test(`${path} reads in the same order with CSS off`, async ({ page }) => {
    await page.goto(path);
    const words = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const styled = words(await page.locator('body').innerText());
    await page.evaluate(() => {
      document.querySelectorAll('style, link[rel~="stylesheet"]').forEach((sheet) => sheet.remove());
      document.querySelectorAll('[style]').forEach((element) => element.removeAttribute('style'));
    });
    const unstyled = words(await page.locator('body').innerText());
    expect(unstyled).toBe(styled);

    const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((nodes) => nodes.map((node) => Number(node.localName[1])));
    expect(headings.filter((level) => level === 1)).toHaveLength(1);
    expect(headings[0]).toBe(1);
    headings.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index + 1} of ${path}`).toBeLessThanOrEqual(headings[index - 1]! + 1);
    });
  });
}
