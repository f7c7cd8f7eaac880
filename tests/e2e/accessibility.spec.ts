import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  { name: 'article', path: '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/' },
  { name: 'front page', path: '/' },
  { name: '404', path: '/404.html' },
  { name: 'section page', path: '/opinion/' },
  { name: 'author page', path: '/authors/owais-tohid/' },
  { name: 'tag page', path: '/tags/pakistan/' },
  { name: 'authors', path: '/authors/' },
  { name: 'topics', path: '/tags/' },
  { name: 'search results', path: '/search/?q=Mehsud' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path } of PAGES) {
    test(`${name} has no WCAG 2.2 A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}

test('the skip link is the first thing a keyboard reaches and leads to the content', async ({ page }) => {
  await page.goto(PAGES[0]!.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focused links show a visible outline', async ({ page }) => {
  await page.goto(PAGES[0]!.path);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the page has header, main, article and footer landmarks', async ({ page }) => {
  await page.goto(PAGES[0]!.path);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
});
