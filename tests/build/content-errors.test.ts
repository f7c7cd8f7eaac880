import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/**
 * Each broken article, built beside valid content in its own temporary
 * site, must stop the build and say which file and which field (or, for
 * the body, which line) is wrong.
 */
const cases = [
  { fixture: 'invalid/missing-title.mdx', field: 'title' },
  { fixture: 'invalid/empty-title.mdx', field: 'title' },
  { fixture: 'invalid/extremely-long-title.mdx', field: 'title', says: /at most 140 characters/ },
  { fixture: 'invalid/invalid-date.mdx', field: 'publishedAt' },
  { fixture: 'invalid/impossible-date.mdx', field: 'publishedAt', says: /2025-02-30 is not a date in the calendar/ },
  { fixture: 'invalid/future-date.mdx', field: 'publishedAt', says: /2999-01-01 is in the future/ },
  { fixture: 'invalid/unknown-author.mdx', field: 'author' },
  { fixture: 'invalid/unknown-section.mdx', field: 'section' },
  { fixture: 'invalid/duplicate-short-code.mdx', field: 'shortCode', says: /"t2st5" is also claimed by \S*duplicate-short-code\.mdx/ },
  { fixture: 'invalid/malformed-short-code.mdx', field: 'shortCode' },
  // Unquoted, a code of digits only is a number to YAML: the message says to quote it.
  { fixture: 'invalid/unquoted-numeric-short-code.mdx', field: 'shortCode', says: /in quotes/ },
  { fixture: 'invalid/body-image-without-alt.mdx', field: 'body', says: /body-image-without-alt\.mdx:11\b.*needs alt text/ },
  { fixture: 'invalid/mdx-syntax-error.mdx', field: null, says: /mdx-syntax-error\.mdx:14:45/ },
  { fixture: 'invalid/unknown-component.mdx', field: 'body', says: /unknown-component\.mdx:11\b.*unknown component <InteractiveChart>/ },
  { fixture: 'invalid/body-figure-missing.mdx', field: 'body', says: /body-figure-missing\.mdx:11: field "body": \.\/nowhere\.jpg does not exist/ },
  { fixture: 'invalid/script-in-body.mdx', field: 'body', says: /script-in-body\.mdx:11\b.*<script> is not allowed/ },
  // `/<section>/page/` belongs to the section's later pages.
  { fixture: 'invalid/page.mdx', field: 'slug' },
  { fixture: 'invalid/translation-of-unknown.mdx', field: 'translationOf', says: /no article "no-such-article"/ },
  { fixture: 'invalid/translation-of-itself.mdx', field: 'translationOf', says: /translation of itself/ },
  { fixture: 'invalid/correction-before-publication.mdx', field: 'corrections.0.date', says: /2025-05-01 is before publishedAt 2025-05-06/ },
  { fixture: 'invalid/syndicated-relative-url.mdx', field: 'originallyPublished.url', says: /absolute http\(s\) address/ },
];

describe.each(cases)('the broken article $fixture', ({ fixture, field, says }) => {
  const name = fixture.split('/').pop()!;
  const file = name.endsWith('.mdx') ? name : `${name}.mdx`;
  let site: FixtureSite;
  let result: { status: number; output: string };
  const published = '<!doctype html><title>Published before</title>';

  beforeAll(async () => {
    site = await fixtureSite([{ from: fixture, to: `articles/${name}` }]);
    // Something already published, which a failed build must not touch.
    await mkdir(site.distDir, { recursive: true });
    await writeFile(join(site.distDir, 'index.html'), published);
    // Built as on a writer's machine, so an unrecorded short code is not what stops it.
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it(`names the file${field ? ` and the field "${field}"` : ' and the place'}`, () => {
    expect(result.output).toContain(file);
    if (field) expect(result.output).toMatch(new RegExp(`\\b${field.replaceAll('.', '\\.')}\\b`));
    if (says) expect(result.output).toMatch(says);
  });

  it('leaves what was published before as it was', async () => {
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(published);
  });
});

describe('a section whose id is a path the site uses, even with no articles', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'invalid-sections/tags.yaml', to: 'sections/tags.yaml' }]);
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('fails the build, naming the section file and its id', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/tags\.yaml: field "id": "tags" is a path the site itself uses/);
  });
});
