import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site';

/** Each broken article, built beside valid content, must stop the build and say which file and field. */
const cases = [
  { fixture: 'invalid/missing-title.mdx', file: 'missing-title.mdx', field: 'title' },
  { fixture: 'invalid/invalid-date.mdx', file: 'invalid-date.mdx', field: 'publishedAt' },
  { fixture: 'invalid/unknown-author.mdx', file: 'unknown-author.mdx', field: 'author' },
  { fixture: 'invalid/missing-hero-alt', file: 'missing-hero-alt.mdx', field: 'hero.alt' },
  // `/<section>/page/` belongs to the section's later pages.
  { fixture: 'invalid/page.mdx', file: 'page.mdx', field: 'slug' },
];

describe.each(cases)('an article with a broken $field', ({ fixture, file, field }) => {
  let site: FixtureSite;
  let result: { status: number; output: string };
  const published = '<!doctype html><title>Published before</title>';

  beforeAll(async () => {
    const target = fixture.endsWith('.mdx') ? `articles/${file}` : `articles/${fixture.split('/').pop()}`;
    site = await fixtureSite([{ from: fixture, to: target }]);
    // Something already published, which a failed build must not touch.
    await mkdir(site.distDir, { recursive: true });
    await writeFile(join(site.distDir, 'index.html'), published);
    result = await site.build();
  });

  afterAll(() => site.remove());

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it(`names the file and the field`, () => {
    expect(result.output).toContain(file);
    expect(result.output).toMatch(new RegExp(`\\b${field.replace('.', '\\.')}\\b`));
  });

  it('leaves what was published before as it was', async () => {
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(published);
  });
});
