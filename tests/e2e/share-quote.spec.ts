import { gzipSync } from 'node:zlib';
import { type Page, expect, test } from '@playwright/test';
import { settings } from '../../src/settings.ts';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
const SHORT_URL = `${settings.shortLinkBase}/k7tq4`;

/** Selects, as a reader's mouse or keyboard would, the words from `start` to `end` of the body paragraph with `start`. */
async function select(page: Page, start: string, end: string): Promise<void> {
  await page.evaluate(
    ({ start, end }) => {
      const text = [...document.querySelectorAll('.story-body p')]
        .map((p) => p.firstChild)
        .find((node): node is Text => node instanceof Text && node.data.includes(start))!;
      const from = text.data.indexOf(start);
      getSelection()!.setBaseAndExtent(text, from, text, text.data.indexOf(end, from) + end.length);
    },
    { start, end },
  );
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Copying is what a browser without a system share sheet does; sharing has its own test.
  await context.addInitScript(() => delete (Navigator.prototype as Partial<Navigator>).share);
});

test('selecting words of the body shows Share quote, which copies the short URL with their text fragment', async ({ page }) => {
  await page.goto(ARTICLE);
  const quote = page.getByRole('button', { name: 'Share quote' });
  await expect(quote).toBeHidden();
  await select(page, 'On October 9', 'in Kabul');
  await expect(quote).toBeVisible();
  // Just under the selected words, over the text.
  const words = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON());
  const box = (await quote.boundingBox())!;
  expect(Math.abs(box.y - words.bottom)).toBeLessThan(2);
  expect(Math.abs(box.x - words.left)).toBeLessThan(2);

  await quote.click();
  await expect(page.locator('.share [role=status]')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SHORT_URL}#:~:text=On%20October%209%2C%20it%20was%20followed%20by%20an%20airstrike%20in%20Kabul`,
  );
});

test('a long quote is linked by its first and last words, with dashes escaped', async ({ page }) => {
  await page.goto(ARTICLE);
  await select(page, 'Pakistan’s assertion', 'boiling point');
  await page.getByRole('button', { name: 'Share quote' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SHORT_URL}#:~:text=Pakistan%E2%80%99s%20assertion%20that%20the,to%20a%20boiling%20point`,
  );
  await select(page, 'harbors the Tehreek-e-Taliban', 'harbors the Tehreek-e-Taliban');
  await page.getByRole('button', { name: 'Share quote' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SHORT_URL}#:~:text=harbors%20the%20Tehreek%2De%2DTaliban`);
});

test('the link leads to the quote: the browser finds the words and scrolls to them', async ({ page }) => {
  await page.goto(`${ARTICLE}#:~:text=Pakistan%E2%80%99s%20assertion%20that%20the,to%20a%20boiling%20point`);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
});

test('words that come earlier on the page too are linked with the words before them, and lead to themselves', async ({ page }) => {
  await page.goto(ARTICLE);
  // The closing paragraph repeats the pull quote, which comes first.
  const closing = page.locator('.story-body > p').last();
  await closing.evaluate((p) => getSelection()!.setBaseAndExtent(p.firstChild!, 0, p.firstChild!, 'For the Taliban, caught in its ideological bedrock'.length));
  await page.getByRole('button', { name: 'Share quote' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${SHORT_URL}#:~:text=Taliban%20and%20Pakistan.-,For%20the%20Taliban%2C%20caught%20in%20its%20ideological%20bedrock`);

  await page.goto('about:blank');
  await page.goto(`${ARTICLE}${new URL(link).hash}`);
  await expect(closing).toBeInViewport();
  await expect(page.locator('.pull-quote')).not.toBeInViewport();
});

test('with the keyboard: the control is the next Tab stop after the selection, and announced', async ({ page }) => {
  await page.goto(ARTICLE);
  await select(page, 'Recent months saw', 'security forces.');
  const quote = page.getByRole('button', { name: 'Share quote' });
  await expect(quote).toBeVisible();
  await expect(page.locator('.share [role=status]')).toHaveText('Share quote');
  // It follows the paragraph of the selection in the document, and Tab from the selection reaches it.
  expect(await quote.evaluate((button) => button.previousElementSibling?.textContent?.startsWith('Recent months saw'))).toBe(true);
  await page.keyboard.press('Tab');
  await expect(quote).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SHORT_URL}#:~:text=Recent%20months%20saw%20some,on%20Pakistan%E2%80%99s%20security%20forces.`,
  );
});

test('the control goes when the selection does, or leaves the body', async ({ page }) => {
  await page.goto(ARTICLE);
  const quote = page.getByRole('button', { name: 'Share quote' });
  await select(page, 'On October 9', 'in Kabul');
  await expect(quote).toBeVisible();
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await expect(quote).toBeHidden();
  await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.author-bio')!));
  await page.waitForTimeout(100);
  await expect(quote).toBeHidden();
});

test('where the browser has a share sheet, Share quote opens it with the quote’s link', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await select(page, 'On October 9', 'in Kabul');
  await page.getByRole('button', { name: 'Share quote' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(
    `${SHORT_URL}#:~:text=On%20October%209%2C%20it%20was%20followed%20by%20an%20airstrike%20in%20Kabul`,
  );
  await context.close();
});

test('its script loads only once words are selected, from the site itself, small and within the policy', async ({ page, baseURL }) => {
  const requested: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  const scripts = () => requested.filter((url) => /\.m?js(\?|$)/.test(url));
  expect(scripts()).toEqual([]);

  const loaded = page.waitForResponse((response) => response.request().resourceType() === 'script');
  await select(page, 'On October 9', 'in Kabul');
  const response = await loaded;
  await expect(page.getByRole('button', { name: 'Share quote' })).toBeVisible();
  expect(scripts()).toEqual([`${baseURL}/share-quote.js`]);
  expect(gzipSync(await response.body(), { level: 9 }).length).toBeLessThanOrEqual(1024);
  expect(violations).toEqual([]);
  expect(requested.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
});
