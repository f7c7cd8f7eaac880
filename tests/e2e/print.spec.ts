import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { settings } from '../../src/settings.ts';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';
const SHORT_URL = `${settings.shortLinkBase}/k7tq4`;

test('on screen the short URL and its QR code are hidden', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('.print-link')).toBeHidden();
  await expect(page.locator('.print-link svg')).toHaveCount(1);
});

test('the printed article ends with its short URL and a QR code that scans to it', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  const printLink = page.locator('.print-link');
  await expect(printLink).toBeVisible();
  await expect(printLink).toHaveText(SHORT_URL);
  await expect(page.locator('.share')).toBeHidden();
  // Last of the article: nothing printed comes after it.
  const after = await printLink.evaluate((element) => {
    const range = document.createRange();
    range.setStartAfter(element);
    range.setEndAfter(document.querySelector('article')!);
    return range.toString().trim();
  });
  expect(after).toBe('');

  // What Chromium draws for print, decoded as a phone would.
  const code = page.locator('.print-link svg');
  const box = (await code.boundingBox())!;
  expect(box.width).toBeGreaterThan(100);
  const png = await code.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data).toBe(SHORT_URL);
});
