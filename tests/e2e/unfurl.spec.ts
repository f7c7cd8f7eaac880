import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { settings } from '../../src/settings.ts';
import { unfurl } from '../support/unfurl.ts';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
/**
 * The short link's stub page. `astro preview` answers 404 to the short URL
 * without its slash, where static hosts redirect to the folder (and hosts
 * with redirect rules answer 301: tests/e2e/hosts.spec.ts).
 */
const SHORT_LINK = '/s/k7tq4/';

test('a link-preview client unfurls the article and its short link into the same card', async ({ baseURL }) => {
  const article = await unfurl(new URL(ARTICLE, baseURL).href);
  const shortLink = await unfurl(new URL(SHORT_LINK, baseURL).href);

  expect(article.title).toBe('The Pakistan-Afghan Taliban duel has revealed irreparable cracks');
  expect(article.description).toMatch(/^Recent deadly clashes between Pakistani forces/);
  expect(article.type).toBe('article');
  expect(article.twitterCard).toBe('summary_large_image');
  expect(article.canonical).toBe(`${settings.siteUrl}${ARTICLE}`);
  expect(article.url).toBe(article.canonical);
  expect(shortLink).toEqual(article);
});

test('the card a preview shows is an absolute URL to a 1200×630 PNG on the site', async ({ baseURL, request }) => {
  const { image } = await unfurl(new URL(SHORT_LINK, baseURL).href);
  expect(image).toHaveLength(1);
  const [card] = image!;
  expect(card).toMatchObject({ width: '1200', height: '630', type: 'image/png' });
  // Absolute, on the configured site origin; fetched here from the server under test.
  const url = new URL(card!.url);
  expect(url.origin).toBe(new URL(settings.siteUrl).origin);
  const response = await request.get(new URL(url.pathname, baseURL).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const metadata = await sharp(await response.body()).metadata();
  expect(metadata).toMatchObject({ format: 'png', width: 1200, height: 630 });
});

test('the front page unfurls with the site card', async ({ baseURL }) => {
  const front = await unfurl(new URL('/', baseURL).href);
  expect(front.type).toBe('website');
  expect(front.image?.[0]?.url).toBe(`${settings.siteUrl}/card.png`);
});
