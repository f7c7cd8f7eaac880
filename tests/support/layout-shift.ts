import type { Page } from '@playwright/test';

/**
 * Scrolls the page to its end and sums the layout shifts it has had
 * (Cumulative Layout Shift, leaving out shifts a reader's input caused):
 * lazy pictures that load on the way must not move anything.
 */
export async function layoutShiftAfterScroll(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((entries) => {
          for (const entry of entries.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 500);
      }),
  );
}
