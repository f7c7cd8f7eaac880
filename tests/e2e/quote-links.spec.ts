import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { settings } from '../../src/settings.ts';
import { DIST } from '../../scripts/checks/site-pages.ts';
import { serveWithHeaders } from '../../scripts/checks/static-server.ts';
import { unfurl } from '../support/unfurl.ts';

/**
 * A pull quote's own short link, served as a static host without redirect
 * rules serves it (its stub page; hosts with rules answer 301:
 * tests/e2e/hosts.spec.ts), and the links under the quote on its article.
 */
const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
const QUOTE_LINK = '/s/k7tq4-1';
const QUOTE = 'For the Taliban, caught in its ideological bedrock, fulfilling the demand of reining in terror groups may not be possible.';
const FRAGMENT = '#:~:text=For%20the%20Taliban%2C%20caught,may%20not%20be%20possible.';

let server: Awaited<ReturnType<typeof serveWithHeaders>>;
test.beforeAll(async () => {
  server = await serveWithHeaders(DIST);
});
test.afterAll(() => server.close());

test('a link-preview client unfurls a quote’s short link as the quote, with its 1200×630 card', async ({ request }) => {
  const quote = await unfurl(`${server.origin}${QUOTE_LINK}`);
  const article = await unfurl(`${server.origin}${ARTICLE}`);
  expect(quote.title).toBe(article.title);
  expect(quote.description).toBe(QUOTE);
  expect(quote.canonical).toBe(`${settings.siteUrl}${ARTICLE}`);
  expect(quote.image).toEqual([{ url: `${settings.siteUrl}${ARTICLE}quote-1.png`, width: '1200', height: '630', type: 'image/png' }]);
  expect(quote.image).not.toEqual(article.image);
  const response = await request.get(`${server.origin}${ARTICLE}quote-1.png`);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(await sharp(await response.body()).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
});

test('the quote’s stub page sends a browser to the article at the quote, by its text fragment', async ({ page }) => {
  await page.goto(`${server.origin}${QUOTE_LINK}`);
  await page.waitForURL((url) => url.pathname === ARTICLE);
  expect(new URL(page.url()).hash).toBe(FRAGMENT);
  await expect(page.locator('.pull-quote blockquote')).toHaveText(QUOTE);
  await expect(page.locator('.pull-quote blockquote')).toBeInViewport();
});

test('under the pull quote, outside its hidden figure: "Share this quote" to its short link, and the share targets with the quote', async ({ page }) => {
  await page.goto(`${server.origin}${ARTICLE}`);
  const links = page.locator('.pull-quote + ul.quote-share');
  await expect(links).toHaveAttribute('aria-label', `Share this quote: ${QUOTE}`);
  await expect(page.locator('.pull-quote a')).toHaveCount(0);
  const share = links.getByRole('link', { name: 'Share this quote' });
  await expect(share).toHaveAttribute('href', `${settings.shortLinkBase}/k7tq4-1`);
  const x = new URL((await links.getByRole('link', { name: 'X' }).getAttribute('href'))!);
  expect(x.searchParams.get('text')).toBe(`“${QUOTE}”`);
  expect(x.searchParams.get('url')).toBe(`${settings.shortLinkBase}/k7tq4-1`);
  expect(await links.getByRole('link').allTextContents()).toEqual([
    'Share this quote',
    'X',
    'Bluesky',
    'Mastodon',
    'Facebook',
    'LinkedIn',
    'WhatsApp',
    'Telegram',
    'Email',
  ]);
  // A keyboard reaches the link: it is not inside anything hidden.
  await share.focus();
  await expect(share).toBeFocused();
});
