import { expect, test } from '@playwright/test';
import { normaliseTypography, opEd } from '../support/op-ed-source.ts';

const ARTICLE = '/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/';

test.describe('the op-ed, faithful to its source', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
  });

  test('has all 29 body paragraphs, each once and in order', async ({ page }) => {
    expect(opEd.paragraphs).toHaveLength(29);
    const rendered = (await page.locator('.story-body > p').allTextContents()).map(normaliseTypography);
    expect(rendered).toEqual(opEd.paragraphs.map(normaliseTypography));
  });

  test('mends the paragraph the capture broke between "Daesh" and "Khorasan"', async ({ page }) => {
    const mended = page.locator('.story-body > p', { hasText: 'Daesh Khorasan inside Afghanistan is also' });
    await expect(mended).toHaveCount(1);
    await expect(page.locator('.story-body > p', { hasText: /^Khorasan/ })).toHaveCount(0);
  });

  test('sets the pull quote once, after paragraph 6, with its attribution', async ({ page }) => {
    const quote = page.locator('.pull-quote');
    await expect(quote).toHaveCount(1);
    expect(normaliseTypography(await quote.locator('blockquote').innerText())).toBe(normaliseTypography(opEd.pullQuote));
    await expect(quote.locator('figcaption')).toHaveText(opEd.pullQuoteAttribution);
    const position = await page.locator('.story-body > *').evaluateAll((nodes) => nodes.findIndex((node) => node.classList.contains('pull-quote')));
    expect(position).toBe(6);
  });

  test('hides the pull quote from assistive technology, since the body says it', async ({ page }) => {
    await expect(page.locator('.pull-quote')).toHaveAttribute('aria-hidden', 'true');
  });

  test('shows the author bio once, with the X handle as a link', async ({ page }) => {
    const bio = page.locator('.author-bio');
    await expect(bio).toHaveCount(1);
    expect(normaliseTypography(await bio.locator('p').first().innerText())).toBe(normaliseTypography(opEd.bio));
    await expect(bio.getByRole('link', { name: opEd.xHandle })).toHaveAttribute('href', `https://x.com/${opEd.xHandle.slice(1)}`);
    await expect(page.getByText(opEd.bio.slice(0, 60))).toHaveCount(1);
  });

  test('shows the section disclaimer once, with the publication’s name', async ({ page }) => {
    const disclaimer = page.locator('.disclaimer');
    await expect(disclaimer).toHaveCount(1);
    expect(normaliseTypography(await disclaimer.innerText())).toBe(normaliseTypography(opEd.disclaimer));
  });

  test('carries no page furniture in the body', async ({ page }) => {
    const body = await page.locator('.story-body').innerText();
    for (const furniture of ['Follow', 'Short Url', 'Disclaimer:', opEd.bio.slice(0, 40)]) {
      expect(body).not.toContain(furniture);
    }
  });

  test('has a headline, a byline with a machine-readable date and a reading time', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(opEd.title);
    const byline = page.locator('.byline');
    await expect(byline).toContainText('By Owais Tohid');
    await expect(byline.locator('time').first()).toHaveAttribute('datetime', '2025-10-20');
    await expect(byline).toContainText(/\d+ min read/);
  });

  test('is readable with no JavaScript at all', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await expect(page.locator('.story-body > p')).toHaveCount(29);
    await context.close();
  });

  test('keeps the measure comfortable on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const charactersPerLine = await page
      .locator('.story-body > p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
        probe.style.font = style.font;
        probe.style.whiteSpace = 'nowrap';
        document.body.append(probe);
        const averageCharacter = probe.getBoundingClientRect().width / 104;
        probe.remove();
        return p.getBoundingClientRect().width / averageCharacter;
      });
    expect(charactersPerLine).toBeGreaterThanOrEqual(55);
    expect(charactersPerLine).toBeLessThanOrEqual(80);
  });
});
