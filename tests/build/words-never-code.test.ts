import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlScheme } from '../../src/features/articles/safe-url.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { htmlFiles } from '../../scripts/checks/site-pages.ts';

/**
 * Articles a contributor might send that try to run code, read the build's
 * environment or files, or publish a dangerous link. Built in temporary
 * copies of the site with a secret in the environment and another in a
 * file outside content/: the refused ones stop the build, each named with
 * its line; the accepted ones publish their words as words.
 */
const SECRET = `env-secret-${process.pid}-${Date.now()}`;
const SECRET_FILE_WORDS = `file-secret-${process.pid}-${Date.now()}`;

/** Each refused fixture, the line the build names, and what it says. */
const refused = [
  { file: 'environment-expression.mdx', line: 9, says: /\{…\} is code/ },
  { file: 'import-file-system.mdx', line: 9, says: /import and export are code/ },
  { file: 'export-build-time-code.mdx', line: 11, says: /import and export are code/ },
  { file: 'javascript-markdown-link.mdx', line: 9, says: /"javascript:" scheme/ },
  { file: 'encoded-javascript-href.mdx', line: 9, says: /"javascript:" scheme/ },
  { file: 'spaced-javascript-definition.mdx', line: 11, says: /"javascript:" scheme/ },
  { file: 'data-url-image.mdx', line: 11, says: /"data:" scheme/ },
  { file: 'vbscript-href.mdx', line: 9, says: /"vbscript:" scheme/ },
  { file: 'spread-attributes.mdx', line: 11, says: /spread attribute/ },
  { file: 'expression-attribute.mdx', line: 11, says: /attribution=\{…\}> is code/ },
  { file: 'no-paragraph.mdx', line: 1, says: /no paragraph of text/ },
  { file: 'pasted-brace.mdx', line: 11, says: /write \\\{ and \\\}/ },
  { file: 'pasted-less-than.mdx', line: 11, says: /&lt; for "<"/ },
];

/** Writes the secret file beside the content, where an article that could read files would find it. */
async function plantSecretFile(site: FixtureSite): Promise<void> {
  await writeFile(join(site.root, 'secret.txt'), SECRET_FILE_WORDS);
}

/** Every file a build left in a folder, as text. */
async function allText(dir: string): Promise<string> {
  if (!existsSync(dir)) return '';
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return (await Promise.all(files.map((file) => readFile(file, 'latin1')))).join('\n');
}

describe('articles that try to run code or publish a dangerous link', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };
  const published = '<!doctype html><title>Published before</title>';

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'hostile/refused', to: 'articles/refused' }]);
    await plantSecretFile(site);
    await mkdir(site.distDir, { recursive: true });
    await writeFile(join(site.distDir, 'index.html'), published);
    result = await site.build({ CI: '', LONGREAD_SECRET_MARKER: SECRET });
  });

  afterAll(() => site.remove());

  it('stop the build, and what was published stays', async () => {
    expect(result.status).not.toBe(0);
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toBe(published);
  });

  it.each(refused)('$file is named with its line and what to write instead', ({ file, line, says }) => {
    const message = result.output.split('\n').find((text) => text.includes(`refused/${file}:`));
    expect(message, result.output).toBeDefined();
    expect(message).toMatch(new RegExp(`refused/${file.replace('.', '\\.')}:${line}(:\\d+)?: field "body": `));
    expect(message).toMatch(says);
  });

  it('ran none of their code: no secret in the output, no file written', async () => {
    expect(result.output).not.toContain(SECRET);
    expect(result.output).not.toContain(SECRET_FILE_WORDS);
    // The exporting article would have written it where the build runs, or beside itself.
    for (const dir of [site.root, join(site.contentDir, 'articles/refused')]) {
      expect(existsSync(join(dir, 'written-by-an-article.txt')), dir).toBe(false);
    }
  });
});

describe('an article whose words look like code', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };
  let pages: { file: string; html: string }[];

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'hostile/accepted/words-that-look-like-code.mdx', to: 'articles/words-that-look-like-code.mdx' }]);
    await plantSecretFile(site);
    result = await site.build({ CI: '', LONGREAD_SECRET_MARKER: SECRET });
    pages = await Promise.all(htmlFiles(site.distDir).map(async (file) => ({ file, html: await readFile(join(site.distDir, file), 'utf8') })));
  });

  afterAll(() => site.remove());

  it('builds, printing braces, "<" and code-like words as text', () => {
    expect(result.status, result.output).toBe(0);
    const page = pages.find(({ file }) => file === 'essays/words-that-look-like-code/index.html')!;
    const { document } = parseHTML(page.html);
    const body = document.querySelector('.story-body')!;
    expect(body.textContent).toContain('Growth was strong in {most} regions, and inflation stayed <2% (or < 2% by another measure).');
    expect([...body.querySelectorAll('code')].map((code) => code.textContent)).toEqual(['{process.env.LONGREAD_SECRET_MARKER}', 'import fs from "node:fs"']);
    expect(body.querySelector('.pull-quote figcaption')?.textContent).toBe('A {curly} source');
  });

  it('keeps its safe links, footnotes and table', () => {
    const { document } = parseHTML(pages.find(({ file }) => file === 'essays/words-that-look-like-code/index.html')!.html);
    const links = [...document.querySelectorAll('.story-body a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['https://example.org/report', '/essays/typography/', '#notes-below', 'mailto:desk@example.org', 'tel:+441234567890']),
    );
    expect(document.querySelector('.story-body section[data-footnotes] li')?.textContent).toContain('A statement of 12 October 2025.');
    expect(document.querySelector('.story-body table td')?.textContent).toBe('North');
  });

  it('leaks no secret of the build, from its environment or its files, anywhere it publishes', async () => {
    const everything = await allText(site.distDir);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(SECRET_FILE_WORDS);
  });

  it('publishes no javascript:, data: or vbscript: URL in any page', () => {
    const found: string[] = [];
    for (const { file, html } of pages) {
      const { document } = parseHTML(html);
      for (const element of document.querySelectorAll('[href], [src], [srcset], [action], [formaction], [poster]')) {
        for (const name of ['href', 'src', 'srcset', 'action', 'formaction', 'poster']) {
          const value = element.getAttribute(name);
          const urls = name === 'srcset' && value ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
          for (const url of urls) {
            if (url && ['javascript', 'data', 'vbscript'].includes(urlScheme(url) ?? '')) found.push(`${file}: ${name}="${url}"`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
