import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/**
 * Broken articles the loader refuses. The loader reports every article it
 * cannot publish at once, so one build holds them all, beside valid
 * content: it must stop, and name each file with its field (or, for the
 * body, its line) in that file's own message.
 */
const refusedWhenLoaded = [
  { fixture: 'invalid/missing-title.mdx', field: 'title' },
  { fixture: 'invalid/empty-title.mdx', field: 'title' },
  { fixture: 'invalid/extremely-long-title.mdx', field: 'title', says: /at most 140 characters/ },
  { fixture: 'invalid/invalid-date.mdx', field: 'publishedAt' },
  { fixture: 'invalid/impossible-date.mdx', field: 'publishedAt', says: /2025-02-30 is not a date in the calendar/ },
  { fixture: 'invalid/malformed-short-code.mdx', field: 'shortCode' },
  // Unquoted, a code of digits only is a number to YAML: the message says to quote it.
  { fixture: 'invalid/unquoted-numeric-short-code.mdx', field: 'shortCode', says: /in quotes/ },
  { fixture: 'invalid/body-image-without-alt.mdx', field: 'body', says: /body-image-without-alt\.mdx:11\b.*needs alt text/ },
  { fixture: 'invalid/mdx-syntax-error.mdx', field: null, says: /mdx-syntax-error\.mdx:14:45/ },
  { fixture: 'invalid/unknown-component.mdx', field: 'body', says: /unknown-component\.mdx:11\b.*unknown component <InteractiveChart>/ },
  { fixture: 'invalid/body-figure-missing.mdx', field: 'body', says: /body-figure-missing\.mdx:11: field "body": \.\/nowhere\.jpg does not exist/ },
  { fixture: 'invalid/script-in-body.mdx', field: 'body', says: /script-in-body\.mdx:11\b.*<script> is not allowed/ },
  { fixture: 'invalid/syndicated-relative-url.mdx', field: 'originallyPublished.url', says: /absolute http\(s\) address/ },
  // A NUL byte would be published in pages and feeds, where XML forbids it.
  {
    fixture: 'invalid/control-character.mdx',
    field: 'body',
    says: /control-character\.mdx:9: field "body": a control character \(U\+0000\) cannot be published/,
  },
];

/**
 * Broken articles refused when articles are resolved for pages (references,
 * dates, addresses). Every article is resolved before the build stops, so
 * one build holds them all and names each.
 */
const refusedWhenResolved = [
  { fixture: 'invalid/future-date.mdx', field: 'publishedAt', says: /2999-01-01 is in the future/ },
  { fixture: 'invalid/unknown-author.mdx', field: 'author' },
  { fixture: 'invalid/unknown-section.mdx', field: 'section' },
  // `/<section>/page/` belongs to the section's later pages.
  { fixture: 'invalid/page.mdx', field: 'slug' },
  { fixture: 'invalid/correction-before-publication.mdx', field: 'corrections.0.date', says: /2025-05-01 is before publishedAt 2025-05-06/ },
];

/**
 * Broken articles whose problem involves another article (the short-link
 * registry, the versions of a work): the first of them stops the build, so
 * each is built beside valid content in its own temporary site.
 */
const refusedAlone = [
  { fixture: 'invalid/duplicate-short-code.mdx', field: 'shortCode', says: /"t2st5" is also claimed by \S*duplicate-short-code\.mdx/ },
  { fixture: 'invalid/translation-of-unknown.mdx', field: 'translationOf', says: /no article "no-such-article"/ },
  { fixture: 'invalid/translation-of-itself.mdx', field: 'translationOf', says: /translation of itself/ },
];

/** A broken article: its fixture, the field its message names (none for a place in the body), and what the message says. */
interface BrokenArticle {
  fixture: string;
  field: string | null;
  says?: RegExp;
}

const PUBLISHED = '<!doctype html><title>Published before</title>';

/** Builds a fixture site with `fixtures` among its articles over something already published, as on a writer's machine. */
async function brokenBuild(fixtures: readonly string[]): Promise<{ site: FixtureSite; result: { status: number; output: string } }> {
  const site = await fixtureSite(fixtures.map((fixture) => ({ from: fixture, to: `articles/${fixture.split('/').pop()}` })));
  // Something already published, which a failed build must not touch.
  await mkdir(site.distDir, { recursive: true });
  await writeFile(join(site.distDir, 'index.html'), PUBLISHED);
  // Built as on a writer's machine, so an unrecorded short code is not what stops it.
  return { site, result: await site.build({ CI: '' }) };
}

/** The part of a build's output about the article `file`: from the line naming it to the next line naming an article. */
function messageAbout(output: string, file: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.includes(`articles/${file}`));
  if (start === -1) return '';
  const next = lines.findIndex((line, index) => index > start && /articles\/[^/\s]+\.mdx\b/.test(line) && !line.includes(`articles/${file}`));
  return lines.slice(start, next === -1 ? undefined : next).join('\n');
}

/** What a broken article's message must say: its file, its field, and the problem when a case says it. */
function expectNamed(output: string, { fixture, field, says }: BrokenArticle): void {
  const file = fixture.split('/').pop()!;
  const message = messageAbout(output, file);
  expect(message, output).toContain(file);
  if (field) expect(message).toMatch(new RegExp(`\\b${field.replaceAll('.', '\\.')}\\b`));
  if (says) expect(message).toMatch(says);
}

/** The tests of broken articles built together: the build stops, counts them, names each in its own message, and touches nothing. */
function describeBuiltTogether(title: string, cases: readonly BrokenArticle[]): void {
  describe(title, () => {
    let site: FixtureSite;
    let result: { status: number; output: string };

    beforeAll(async () => {
      ({ site, result } = await brokenBuild(cases.map(({ fixture }) => fixture)));
    });

    afterAll(() => site.remove());

    it('fail the build, counted', () => {
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`${cases.length} articles cannot be published`);
    });

    it.each(cases)('name $fixture and its field, in its own message', (broken) => {
      expectNamed(result.output, broken);
    });

    it('leave what was published before as it was', async () => {
      expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(PUBLISHED);
    });
  });
}

describeBuiltTogether('the broken articles the loader refuses, in one build', refusedWhenLoaded);
describeBuiltTogether('the broken articles refused when resolved, in one build', refusedWhenResolved);

describe.each(refusedAlone)('the broken article $fixture', (broken) => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    ({ site, result } = await brokenBuild([broken.fixture]));
  });

  afterAll(() => site.remove());

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it(`names the file${broken.field ? ` and the field "${broken.field}"` : ' and the place'}`, () => {
    expectNamed(result.output, broken);
  });

  it('leaves what was published before as it was', async () => {
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(PUBLISHED);
  });
});

describe.each([
  // YAML itself refuses it, naming the line.
  {
    what: "an author's bio (YAML)",
    from: 'invalid-authors/control-character/ada-writer.yaml',
    to: 'authors/ada-writer.yaml',
    says: /ada-writer\.yaml[\s\S]*non-printable[\s\S]*ada-writer\.yaml:2:/,
  },
  // JSON can spell one as an escape: the schema refuses it, naming the field.
  {
    what: "a section's description (JSON)",
    from: 'invalid-sections/control-character/notes.json',
    to: 'sections/notes.json',
    says: /notes[\s\S]*description[\s\S]*control character/,
  },
  { what: "a page's text", from: 'invalid-pages/about.md', to: 'pages/about.md', says: /about\.md:6: field "body": a control character \(U\+001B\)/ },
])('a control character in $what', ({ from, to, says }) => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite([{ from, to }]);
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('fails the build, naming the file and the field or line', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(says);
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
