import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** The fixture article is written with straight quotes, `--`, `...` and a `##` heading. */
describe('the Markdown pipeline', () => {
  let site: FixtureSite;
  let document: Document;

  beforeAll(async () => {
    site = await fixtureSite();
    const { status, output } = await site.build();
    if (status !== 0) throw new Error(output);
    const html = await readFile(join(site.distDir, 'essays/typography/index.html'), 'utf8');
    ({ document } = parseHTML(html));
  });

  afterAll(() => site.remove());

  it('runs remark-smartypants: quotes curl, dashes and ellipses are typographic', () => {
    const first = document.querySelector('.story-body p')?.textContent;
    expect(first).toBe('She said “it’s the writer’s job” — and then… nothing.');
  });

  it('gives a summary cut from the body the body’s typography', () => {
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('She said “it’s the writer’s job” — and then… nothing.');
  });

  it('runs rehype-slug: headings get ids from their text', () => {
    expect(document.querySelector('.story-body h2')?.id).toBe('a-heading-for-the-anchor');
  });
});
