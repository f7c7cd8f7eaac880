import { expect, test } from '@playwright/test';

test('the front page lists the op-ed, linked to its page', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'The Pakistan-Afghan Taliban duel has revealed irreparable cracks' });
  await expect(link).toHaveAttribute('href', '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/');
  await link.click();
  await expect(page).toHaveURL(/\/opinion\/pakistan-afghan-taliban-duel-irreparable-cracks\/$/);
});

test('an unknown address answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
});
