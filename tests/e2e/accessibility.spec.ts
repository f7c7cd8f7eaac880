import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { stayOnRedirectStubs } from '../support/redirect-stubs.ts';
import { pagePaths } from '../../scripts/checks/site-pages.ts';

/** Every page of the build, found by walking dist/ and reading the sitemap, so new pages are covered. */
const PAGES = pagePaths();
const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';

test.beforeEach(({ page }) => stayOnRedirectStubs(page));

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const path of PAGES) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no axe violations at ${width}px, ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      });
    }
  }
}

test('the article has header, main, article and footer landmarks', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
});
