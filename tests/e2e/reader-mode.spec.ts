import { Readability } from '@mozilla/readability';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { normaliseTypography, opEd } from '../support/op-ed-source.ts';

/** Firefox Reader View and read-later apps use Mozilla's Readability to pull the story out. */
test('Readability extracts the whole op-ed with headline and byline, without furniture', async ({ request }) => {
  const response = await request.get('/opinion/pakistan-afghan-taliban-duel-irreparable-cracks/');
  const { document } = parseHTML(await response.text());
  const extracted = new Readability(document as unknown as Document).parse();
  expect(extracted).not.toBeNull();
  expect(extracted!.title).toBe(opEd.title);
  expect(extracted!.byline).toContain('Owais Tohid');
  const text = normaliseTypography(extracted!.textContent ?? '');
  for (const paragraph of opEd.paragraphs) {
    expect(text).toContain(normaliseTypography(paragraph));
  }
  expect(text).not.toContain('Skip to content');
  // The pull quote is decoration: its sentence is read once, where the author wrote it.
  expect(text.split(normaliseTypography(opEd.pullQuote)).length - 1).toBe(1);
});
