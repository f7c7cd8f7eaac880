import { type Page, expect, test } from '@playwright/test';
import { settings } from '../../src/settings.ts';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
const SHORT_URL = `${settings.shortLinkBase}/k7tq4`;

/** Every URL the page requests, to prove none leaves the site's origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('opening the short link’s stub page lands on the article', async ({ page }) => {
  // On hosts without redirect rules; with them the short link answers 301 (tests/e2e/hosts.spec.ts).
  await page.goto('/s/k7tq4/');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Pakistan-Afghan Taliban duel has revealed irreparable cracks');
});

test('Copy puts the short URL on the clipboard and says so to screen readers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const share = page.getByRole('region', { name: 'Share' });
  await expect(share.getByRole('textbox', { name: 'Short link' })).toHaveValue(SHORT_URL);
  await share.getByRole('button', { name: 'Copy' }).click();
  await expect(share.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SHORT_URL);
});

test('the Share button appears only where the browser can share, and shares the short URL', async ({ browser }) => {
  const withShare = await browser.newContext();
  await withShare.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  const page = await withShare.newPage();
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Share' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(SHORT_URL);
  await withShare.close();

  const withoutShare = await browser.newContext();
  await withoutShare.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
  });
  const plain = await withoutShare.newPage();
  await plain.goto(ARTICLE);
  await expect(plain.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Share' })).toBeHidden();
  await withoutShare.close();
});

test('without JavaScript the short URL is there to select, and no dead buttons show', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveValue(SHORT_URL);
  await expect(page.locator('.share button')).toHaveCount(3);
  await expect(page.locator('.share button:visible')).toHaveCount(0);
  await context.close();
});

test('the share links and Follow are plain links with the short URL and to the author’s page', async ({ page }) => {
  await page.goto(ARTICLE);
  const links = page.locator('.share a');
  const parameters = { X: 'url', Bluesky: 'text', Mastodon: 'text', Facebook: 'u', LinkedIn: 'url', WhatsApp: 'text', Telegram: 'url', Email: 'body' };
  for (const [name, parameter] of Object.entries(parameters)) {
    const href = await links.getByText(name, { exact: true }).getAttribute('href');
    expect(new URL(href!, page.url()).searchParams.get(parameter)).toBe(SHORT_URL);
  }
  await expect(page.getByRole('link', { name: 'Follow Owais Tohid' })).toHaveAttribute('href', '/authors/owais-tohid/');
});

test('the article and its short link request nothing from another origin', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requested = recordRequests(page);
  await page.goto('/s/k7tq4/');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.waitForLoadState('networkidle');
  expect(requested.length).toBeGreaterThan(2);
  expect(requested.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
});

test('the only script is the share bar’s small inline module, allowed by its hash, fetching nothing', async ({ page }) => {
  const requested = recordRequests(page);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(ARTICLE);
  await expect(page.locator('script[src]')).toHaveCount(0);
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((elements) => elements.map((script) => ({ type: script.getAttribute('type'), length: script.textContent?.length ?? 0 })));
  // A module runs once the page is parsed, as a deferred script does.
  expect(scripts).toEqual([{ type: 'module', length: expect.any(Number) }]);
  expect(scripts[0]!.length).toBeLessThan(1024);
  // The script ran (it shows Copy) under the page's policy, and asked for no file.
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  expect(violations).toEqual([]);
  expect(requested.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
});

test('the short link field shows the whole short URL on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(ARTICLE);
  const field = page.getByRole('textbox', { name: 'Short link' });
  await expect(field).toHaveValue(SHORT_URL);
  // A text field scrolls what it cannot show: all of it shows when nothing is left to scroll.
  const { scrollWidth, clientWidth, right } = await field.evaluate((input) => ({
    scrollWidth: input.scrollWidth,
    clientWidth: input.clientWidth,
    right: input.getBoundingClientRect().right,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(right).toBeLessThanOrEqual(360);
});
