import { expect, test } from '@playwright/test';
import { stayOnRedirectStubs } from '../support/redirect-stubs.ts';
import { pagePaths } from '../../scripts/checks/site-pages.ts';

/**
 * On every page, a keyboard user meets the skip link first (wherever there
 * are controls before the main content to skip), reaches every control by
 * Tab alone, and always sees where the focus is.
 */
test.beforeEach(({ page }) => stayOnRedirectStubs(page));

for (const path of pagePaths()) {
  test(`${path}: skip link first, every control reachable, focus always visible`, async ({ page }) => {
    await page.goto(path);
    // Number the controls a keyboard must reach: visible, not taken out of the tab order.
    const controls = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.tabIndex >= 0 && !element.closest('[inert]') && element.checkVisibility())
        .map((element, index) => {
          element.dataset.control = String(index);
          return element.textContent?.trim() || element.outerHTML.slice(0, 60);
        });
    });
    const controlsBeforeMain = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-control]')].filter(
          (element) => element.compareDocumentPosition(document.querySelector('main')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).length,
    );
    expect(controls.length).toBeGreaterThan(0);

    const reached: string[] = [];
    for (let step = 0; step < controls.length; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          control: element.dataset.control ?? element.outerHTML.slice(0, 60),
          focusVisible: element.matches(':focus-visible'),
          indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      expect(focus, `Tab ${step + 1} on ${path}`).toMatchObject({ focusVisible: true, indicator: true, onScreen: true });
      reached.push(focus.control);
    }
    if (controlsBeforeMain > 0) expect(controls[Number(reached[0])]).toBe('Skip to content');
    expect(reached.toSorted((a, b) => Number(a) - Number(b))).toEqual(controls.map((_, index) => String(index)));
  });
}

test('the skip link leads to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
