import { readFileSync, readdirSync } from 'node:fs';
import { minifiedScript } from '../../src/features/sharing/minified-script.ts';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';

const validator = new HtmlValidate(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')));

/** html-validate's errors for one document, one line each; none means valid. */
export async function validityErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap(({ messages }) =>
    messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

/** The site's own inline scripts, which components inline from these files, as written or minified. */
const SITE_SCRIPTS = new Set(
  ['src/features/sharing/share-bar.js', 'src/features/sharing/mastodon-share.js']
    .map((file) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8'))
    .flatMap((source) => [source, minifiedScript(source)]),
);

/** Script types a browser runs; anything else (JSON-LD, templates) is data. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Ways words could have become code in a built page: an inline script other than the site's own, an
 * event-handler or `javascript:` attribute, or a data block (JSON-LD) that
 * does not parse or could close its element early.
 */
export function injectionProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const text = script.textContent ?? '';
    if (EXECUTABLE_TYPES.has(type)) {
      if (!script.hasAttribute('src') && !SITE_SCRIPTS.has(text)) problems.push(`inline script: ${text.slice(0, 80)}`);
    } else if (type.endsWith('json')) {
      if (/<\/|<!--/.test(text)) problems.push(`${type} block contains "</" or "<!--"`);
      try {
        JSON.parse(text);
      } catch {
        problems.push(`${type} block is not JSON: ${text.slice(0, 80)}`);
      }
    }
  }
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`<${element.localName} ${name}> handler attribute`);
      if (/^(href|src|action|formaction)$/i.test(name) && /^\s*javascript:/i.test(value)) {
        problems.push(`<${element.localName} ${name}="javascript:…">`);
      }
    }
  }
  return problems;
}

/**
 * Whether each XML file (feeds, sitemaps) below `distDir` parses in a
 * browser's strict XML parser, as a feed reader's would: the parser's
 * complaint for each one that does not. A single forbidden character makes
 * a whole feed unreadable.
 */
export async function xmlProblems(page: Page, distDir: string): Promise<string[]> {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(distDir, file), 'utf8');
    const complaint = await page.evaluate((xml) => {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      return parsed.querySelector('parsererror')?.textContent ?? null;
    }, text);
    if (complaint !== null) problems.push(`${file}: ${complaint}`);
  }
  if (files.length === 0) problems.push(`no XML file in ${distDir}`);
  return problems;
}
