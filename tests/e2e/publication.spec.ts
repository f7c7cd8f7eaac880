import { expect, test } from '@playwright/test';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';

test('the byline leads to the author’s page, which offers their feed', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator('.byline').getByRole('link', { name: 'Owais Tohid' }).click();
  await expect(page).toHaveURL(/\/authors\/owais-tohid\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Owais Tohid');
  await expect(page.getByRole('link', { name: /Subscribe/ })).toHaveAttribute('href', '/authors/owais-tohid/rss.xml');
  await expect(page.getByRole('link', { name: 'The Pakistan-Afghan Taliban duel has revealed irreparable cracks' })).toBeVisible();
});

test('the article page loads nothing of search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(ARTICLE);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/') || path === '/search.js')).toEqual([]);
});

test('search from the header finds the op-ed by a word only its body contains', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Mehsud');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Mehsud$/);
  await expect(page.locator('#search-status')).toHaveText('1 article matches “Mehsud”.');
  const result = page.locator('#search-results a');
  await expect(result).toHaveText('The Pakistan-Afghan Taliban duel has revealed irreparable cracks');
  await expect(result).toHaveAttribute('href', ARTICLE);
  await expect(page.locator('#search-results mark').first()).toHaveText(/^Mehsud/);
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/search/?q=xylophonic');
  await expect(page.locator('#search-status')).toHaveText('No articles match “xylophonic”.');
});

test('feeds, sitemap and robots.txt are served', async ({ request }) => {
  for (const path of ['/rss.xml', '/opinion/rss.xml', '/authors/owais-tohid/rss.xml', '/sitemap-index.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain('<?xml');
  }
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: http.*\/sitemap-index\.xml$/m);
});

test('search indexes the article’s own words, not its bio or disclaimer', async ({ page }) => {
  // "BBC" is only in the author's bio, "necessarily" only in the section's disclaimer.
  for (const word of ['BBC', 'necessarily']) {
    await page.goto(`/search/?q=${word}`);
    await expect(page.locator('#search-status')).toHaveText(`No articles match “${word}”.`);
  }
});
