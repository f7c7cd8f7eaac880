import { type Page, expect, test } from '@playwright/test';
import { settings } from '../../src/settings.ts';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
const SHORT_URL = `${settings.shortLinkBase}/k7tq4`;
const SHARE_PAGE = `/share/mastodon/?text=${encodeURIComponent(SHORT_URL)}`;

/** Answers for a made-up Mastodon server, so nothing leaves the machine; returns the URLs it was asked for. */
async function fakeServer(page: Page, host: string): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`https://${host}/**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Compose</title>' });
  });
  return asked;
}

test('the share bar’s Mastodon link leads to the site’s own page with the short URL to post', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator('.share').getByRole('link', { name: 'Mastodon', exact: true }).click();
  await expect(page).toHaveURL(/\/share\/mastodon\/\?text=/);
  await expect(page.getByRole('textbox', { name: 'Your post' })).toHaveValue(SHORT_URL);
});

test('naming a server, by name or handle, sends the reader to its share form with the post', async ({ page }) => {
  const asked = await fakeServer(page, 'social.example');
  await page.goto(SHARE_PAGE);
  await page.getByRole('textbox', { name: 'Your Mastodon server' }).fill('@reader@social.example');
  await page.getByRole('button', { name: 'Post on Mastodon' }).click();
  await expect(page).toHaveTitle('Compose');
  expect(asked).toEqual([`https://social.example/share?text=${encodeURIComponent(SHORT_URL)}`]);

  // The server is remembered on this device for the next share.
  await page.goto(SHARE_PAGE);
  await expect(page.getByRole('textbox', { name: 'Your Mastodon server' })).toHaveValue('social.example');
});

test('a server given as its address works too; something that is no server name goes nowhere', async ({ page }) => {
  const asked = await fakeServer(page, 'toots.example.org');
  await page.goto(SHARE_PAGE);
  const server = page.getByRole('textbox', { name: 'Your Mastodon server' });
  await server.fill('not a server');
  await page.getByRole('button', { name: 'Post on Mastodon' }).click();
  expect(await server.evaluate((input: HTMLInputElement) => input.validationMessage)).toMatch(/such as mastodon\.social/);
  await expect(page).toHaveURL(/\/share\/mastodon\//);

  await server.fill('https://toots.example.org/@reader');
  await page.getByRole('textbox', { name: 'Your post' }).fill('Worth reading');
  await page.getByRole('button', { name: 'Post on Mastodon' }).click();
  await expect(page).toHaveTitle('Compose');
  expect(asked).toEqual(['https://toots.example.org/share?text=Worth%20reading']);
});

test('without JavaScript the page says how to share by hand and shows no form that cannot work', async ({ browser, request }) => {
  // Chromium with scripts switched off still parses <noscript> as if they ran, so its words are read from the HTML.
  const html = await (await request.get(SHARE_PAGE)).text();
  expect(html).toMatch(/<noscript><p>This page needs JavaScript to send you to your server\. Without it: copy the article’s short link/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SHARE_PAGE);
  await expect(page.getByRole('heading', { name: 'Share on Mastodon' })).toBeVisible();
  await expect(page.locator('form.mastodon-share')).toBeHidden();
  await context.close();
});
