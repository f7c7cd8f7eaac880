import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllRedirects } from 'netlify-redirect-parser';
import { describe, expect, it } from 'vitest';
import {
  answeredByEveryHost,
  apacheHtaccess,
  apacheOldAddresses,
  apacheShortLinks,
  hostFiles,
  netlifyRedirects,
  nginxInclude,
  nginxMap,
  vercelConfig,
} from './host-files.ts';
import { ruleFileLimits } from './host-limits.ts';
import type { Redirect } from '../short-links/redirects.ts';
import { generatedRedirects } from '../../../scripts/benchmarks/generated-redirects.ts';

const redirects: Redirect[] = [
  { from: '/s/k7tq4', to: '/opinion/op-ed/', status: 301, kind: 'short link', articleId: 'op-ed', stubPath: '/s/k7tq4' },
  { from: '/opinion/old.op-ed/', to: '/opinion/op-ed/', status: 301, kind: 'old address', articleId: 'op-ed', stubPath: '/opinion/old.op-ed/' },
];
/** A pull quote's short link: its target carries a text fragment. */
const QUOTE_TARGET = '/opinion/op-ed/#:~:text=For%20the%20Taliban%2C%20caught,may%20not%20be%20possible.';
const quoteRules = {
  redirects: [...redirects, { from: '/s/k7tq4-1', to: QUOTE_TARGET, status: 301 as const, kind: 'short link' as const, articleId: 'op-ed', quote: 1 }],
};
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
        ['/opinion/old.op-ed', '/opinion/old.op-ed/', '/s/k7tq4', '/s/k7tq4/'].map((from) =>
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
    expect(nginxMap(quoteRules)).toContain(`  "/s/k7tq4-1" "${QUOTE_TARGET}";\n`);
  });
});

describe('Apache .htaccess', () => {
  const text = `${apacheHtaccess(rules)}${apacheShortLinks(rules)}${apacheOldAddresses(rules)
    .map((file) => file.text)
    .join('')}`;

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

  it('keeps every rule out of the root file: short links in their folder, each old address in its own', () => {
    const split = { ...rules, shortFolder: '/s/' };
    expect(apacheHtaccess(split)).not.toContain('RedirectMatch');
    expect(apacheShortLinks(split)).toContain('^/s/k7tq4/?$');
    expect(apacheShortLinks(split)).not.toContain('old');
    expect(apacheOldAddresses(split)).toEqual([
      { name: 'opinion/old.op-ed/.htaccess', text: expect.stringContaining('RedirectMatch 301 ^/opinion/old\\.op-ed/?$ /opinion/op-ed/\n') },
    ]);
  });

  it('keeps short links at the site’s root in the root file, and writes no second one of that name', () => {
    const atRoot = { redirects: [{ ...redirects[0]!, from: '/k7tq4', stubPath: '/k7tq4' }, redirects[1]!], shortFolder: '/' };
    expect(apacheHtaccess(atRoot)).toContain('RedirectMatch 301 ^/k7tq4/?$ /opinion/op-ed/\n');
    const names = hostFiles(atRoot).map(({ name }) => name);
    expect(names.filter((name) => name === '.htaccess')).toHaveLength(1);
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

describe('nginx', () => {
  it('maps both slash forms of each path, hashed, and the server include answers from the map', () => {
    const map = nginxMap(rules);
    expect(map).toContain('map $uri $longread_redirect {\n  default "";\n');
    expect(map).toContain('  "/s/k7tq4" "/opinion/op-ed/";\n  "/s/k7tq4/" "/opinion/op-ed/";\n');
    expect(map).not.toMatch(/"~/);
    expect(nginxInclude()).toContain('return 301 $longread_redirect;');
  });
});

describe('host files', () => {
  it('names each file as the hosts expect it', () => {
    expect(hostFiles(rules).map(({ name }) => name)).toEqual([
      '_redirects',
      '.htaccess',
      'opinion/old.op-ed/.htaccess',
      'vercel.json',
      'nginx-redirects.conf',
      'nginx-redirects-map.conf',
    ]);
    expect(hostFiles({ ...rules, shortFolder: '/s/' }).map(({ name }) => name)).toContain('s/.htaccess');
  });
});

describe.each([10_000, 50_000])('the rule files of %i articles', (count) => {
  const redirects = generatedRedirects(count);

  it.each([
    ['cloudflare', 2_000],
    ['gitlab', 1_000],
    ['netlify', 10_000],
  ] as const)('keep _redirects within %s’s %i rules, old addresses first, then the newest short links, as the parser reads them', async (host, limit) => {
    const text = netlifyRedirects({ redirects, redirectsFileLimit: ruleFileLimits([host]).redirects });
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines.length).toBeLessThanOrEqual(limit);
    expect(lines.length).toBeGreaterThan(limit - 10);
    if (host === 'gitlab') expect(Buffer.byteLength(text)).toBeLessThanOrEqual(64 * 1024);
    const dir = await mkdtemp(join(tmpdir(), 'longread-redirects-'));
    try {
      await writeFile(join(dir, '_redirects'), text);
      const parsed = await parseAllRedirects({ redirectsFiles: [join(dir, '_redirects')], configRedirects: [], minimal: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.redirects.length).toBe(lines.length);
      const parsedRules = parsed.redirects as { from: string; to: string }[];
      expect(parsedRules[0]!.from).toBe(`/2019/old-${count}`);
      const shortLinks = parsedRules.filter((rule) => rule.from.startsWith('/s/'));
      if (shortLinks.length > 0) expect(shortLinks[0]!.to).toBe(`/opinion/article-${count}/`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keep vercel.json within Vercel’s 1,024 redirects', () => {
    expect(JSON.parse(vercelConfig({ redirects, vercelLimit: ruleFileLimits(['vercel']).vercel })).redirects.length).toBeLessThanOrEqual(1_024);
  });

  it('give nginx a map of every path and Apache every rule, short links in their own folder', () => {
    const map = nginxMap({ redirects });
    expect(map.split('\n').filter((line) => line.startsWith('  "')).length).toBe(redirects.length * 2);
    const split = { redirects, shortFolder: '/s/' };
    expect(apacheHtaccess(split)).not.toContain('RedirectMatch');
    expect(apacheOldAddresses(split)).toHaveLength(count / 10);
    expect(
      apacheShortLinks(split)
        .split('\n')
        .filter((line) => line.startsWith('RedirectMatch')).length,
    ).toBe(redirects.length - count / 10);
  });
});

describe('stub pages', () => {
  const archive = { redirects: generatedRedirects(3_000), shortFolder: '/s/', redirectsFileLimit: ruleFileLimits(['cloudflare']).redirects };

  it('are needed by no link where every host answers every rule, and by every link on a host without rules', () => {
    expect(answeredByEveryHost(archive, ['nginx', 'apache']).size).toBe(archive.redirects.length);
    expect(answeredByEveryHost(archive, ['nginx', 'github']).size).toBe(0);
  });

  it('are needed by the links a host’s rule file leaves out', () => {
    const answered = answeredByEveryHost(archive, ['cloudflare', 'nginx']);
    expect(answered.size).toBe(1_000);
    expect([...answered].filter((redirect) => redirect.kind === 'old address')).toHaveLength(300);
  });
});
