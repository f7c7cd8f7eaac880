import { expect, test } from '@playwright/test';

/**
 * Pictures of the article as readers see it, for a person to look at;
 * the assertions only check the layout does not overflow the screen.
 */
const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`article at ${width}px, ${colorScheme}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`article-${width}-${colorScheme}.png`), fullPage: true });
    });
  }
}

test('print stylesheet: no site chrome, black on white, link URLs printed', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const colors = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { fg: body.color, bg: body.backgroundColor };
  });
  expect(colors).toEqual({ fg: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
  const printedUrl = await page
    .locator('.author-bio a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printedUrl).toContain('x.com');
});
