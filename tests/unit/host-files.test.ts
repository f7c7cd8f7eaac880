import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllRedirects } from 'netlify-redirect-parser';
import { describe, expect, it } from 'vitest';
import { apacheHtaccess, hostFiles, netlifyRedirects, nginxInclude, vercelConfig } from '../../src/lib/host-files';
import type { Redirect } from '../../src/lib/redirects';

const redirects: Redirect[] = [
  { from: '/s/k7tq4', to: '/opinion/op-ed/', status: 301, articleId: 'op-ed' },
  { from: '/opinion/old.op-ed/', to: '/opinion/op-ed/', status: 301, articleId: 'op-ed' },
];
/** A pull quote's short link: its target carries a text fragment. */
const QUOTE_TARGET = '/opinion/op-ed/#:~:text=For%20the%20Taliban%2C%20caught,may%20not%20be%20possible.';
const quoteRules = { redirects: [...redirects, { from: '/s/k7tq4-1', to: QUOTE_TARGET, status: 301 as const, articleId: 'op-ed', quote: 1 }] };
const rules = { redirects };

describe('Netlify and Cloudflare Pages _redirects', () => {
  it('is valid for netlify-redirect-parser, with a 301 for both slash forms of each path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-redirects-'));
    try {
      const file = join(dir, '_redirects');
      await writeFile(file, netlifyRedirects(rules));
      const parsed = await parseAllRedirects({ redirectsFiles: [file], configRedirects: [], minimal: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.redirects).toEqual(
        ['/s/k7tq4', '/s/k7tq4/', '/opinion/old.op-ed', '/opinion/old.op-ed/'].map((from) =>
          expect.objectContaining({ from, to: '/opinion/op-ed/', status: 301, force: false }),
        ),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a pull quote’s short link', () => {
  it('keeps its text fragment in _redirects, as netlify-redirect-parser reads it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-redirects-'));
    try {
      const file = join(dir, '_redirects');
      await writeFile(file, netlifyRedirects(quoteRules));
      const parsed = await parseAllRedirects({ redirectsFiles: [file], configRedirects: [], minimal: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.redirects).toEqual(
        expect.arrayContaining(['/s/k7tq4-1', '/s/k7tq4-1/'].map((from) => expect.objectContaining({ from, to: QUOTE_TARGET, status: 301 }))),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps its text fragment in the Apache, Vercel and nginx rules', () => {
    expect(apacheHtaccess(quoteRules)).toContain(`RedirectMatch 301 ^/s/k7tq4-1/?$ ${QUOTE_TARGET}\n`);
    expect(JSON.parse(vercelConfig(quoteRules)).redirects).toContainEqual({ source: '/s/k7tq4-1/', destination: QUOTE_TARGET, statusCode: 301 });
    expect(nginxInclude(quoteRules)).toContain(`location = /s/k7tq4-1 {\n  return 301 ${QUOTE_TARGET};\n}`);
  });
});

describe('Apache .htaccess', () => {
  const text = apacheHtaccess(rules);

  it('matches each path exactly, slash optional, regex characters escaped', () => {
    expect(text).toContain('RedirectMatch 301 ^/s/k7tq4/?$ /opinion/op-ed/\n');
    expect(text).toContain('RedirectMatch 301 ^/opinion/old\\.op-ed/?$ /opinion/op-ed/\n');
  });

  it('has no prefix-matching Redirect directive', () => {
    expect(text).not.toMatch(/^Redirect /m);
    const rules = text.split('\n').filter((l) => l.startsWith('RedirectMatch'));
    expect(rules.length).toBeGreaterThan(0);
    for (const line of rules) {
      const pattern = new RegExp(line.split(' ')[2]!);
      expect(pattern.test('/s/k7tq4/more')).toBe(false);
    }
  });
});

describe('Vercel vercel.json', () => {
  it('lists a 301 (not a 308) for both slash forms of each path', () => {
    const config = JSON.parse(vercelConfig(rules));
    expect(config.redirects).toContainEqual({ source: '/s/k7tq4', destination: '/opinion/op-ed/', statusCode: 301 });
    expect(config.redirects).toContainEqual({ source: '/s/k7tq4/', destination: '/opinion/op-ed/', statusCode: 301 });
    expect(config.redirects).toHaveLength(4);
  });
});

describe('nginx include', () => {
  it('has one exact-match location per path form', () => {
    const text = nginxInclude(rules);
    expect(text.match(/^location = /gm)).toHaveLength(4);
    expect(text).toContain('location = /s/k7tq4 {\n  return 301 /opinion/op-ed/;\n}');
    expect(text).toContain('location = /s/k7tq4/ {\n  return 301 /opinion/op-ed/;\n}');
    expect(text).not.toMatch(/location [^=]/);
  });
});

describe('host files', () => {
  it('names each file as the hosts expect it', () => {
    expect(hostFiles(rules).map(({ name }) => name)).toEqual(['_redirects', '.htaccess', 'vercel.json', 'nginx-redirects.conf']);
  });
});
