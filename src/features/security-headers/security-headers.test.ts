import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  HEADER_FILES,
  contentSecurityPolicy,
  inlineHashes,
  securityHeaderFiles,
  securityHeaderRules,
  toApacheHeaders,
  toHeadersFile,
  toNginxInclude,
  toVercelHeaders,
} from './security-headers.ts';
import { parseHeadersFile } from '../../../scripts/checks/static-server.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  it('hashes inline styles and executable inline scripts, once each', () => {
    const html =
      '<style>a{}</style><style>a{}</style><script>run()</script><script type="module">m()</script>' +
      '<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineHashes(html)).toEqual({ styles: [sha('a{}')], scripts: [sha('run()'), sha('m()')] });
  });
});

describe('contentSecurityPolicy', () => {
  const hashes = { scripts: [], styles: ["'sha256-abc='"] };

  it('allows nothing by default and inline styles only by hash', () => {
    const policy = contentSecurityPolicy(hashes, 'header');
    expect(policy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-abc='; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(policy).not.toMatch(/unsafe/);
  });

  it('lets a page that runs the search compile WebAssembly, and nothing more', () => {
    const policy = contentSecurityPolicy(hashes, 'meta', { search: true });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy(hashes, 'meta')).not.toContain('wasm');
    expect(policy).not.toMatch(/'unsafe-(inline|eval)'/);
  });

  it('leaves frame-ancestors out of a meta policy, which browsers ignore there', () => {
    expect(contentSecurityPolicy(hashes, 'meta')).not.toContain('frame-ancestors');
  });
});

describe('the host formats', () => {
  const rules = securityHeaderRules('/', { scripts: [], styles: ["'sha256-abc='"] });
  const names = rules[0]!.headers.map(([name]) => name);

  it('carry the five security headers for the whole site', () => {
    expect(names).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']);
  });

  it('_headers reads back as the same rules', () => {
    const [parsed] = parseHeadersFile(toHeadersFile(rules));
    expect(parsed!.pattern.test('/any/page/')).toBe(true);
    expect(parsed!.headers).toEqual(rules[0]!.headers);
  });

  it('vercel.json matches every path', () => {
    const { headers } = toVercelHeaders(rules);
    expect(headers[0]!.source).toBe('/(.*)');
    expect(headers[0]!.headers.map(({ key }) => key)).toEqual(names);
  });

  it('nginx and Apache lines quote each value whole', () => {
    const nginx = toNginxInclude(rules).trim().split('\n');
    expect(nginx).toHaveLength(5);
    expect(nginx[0]).toMatch(/^add_header Content-Security-Policy "default-src 'none'; .*" always;$/);
    const apache = toApacheHeaders(rules).trim().split('\n');
    expect(apache[0]).toBe('<IfModule mod_headers.c>');
    expect(apache[2]).toBe('  Header always set X-Content-Type-Options "nosniff"');
  });

  it('under a base path, the rule covers only the site', () => {
    expect(securityHeaderRules('/longread/', { scripts: [], styles: [] })[0]!.path).toBe('/longread/*');
  });
});

describe('securityHeaderFiles', () => {
  const rules = securityHeaderRules('/', { scripts: [sha('go()')], styles: [] });

  it('writes every host format, keeping the redirects already in .htaccess and vercel.json', () => {
    const files = securityHeaderFiles(rules, {
      apache: 'RewriteEngine On\nRewriteRule ^s/abc/?$ /a/ [R=301,L]\n',
      vercel: JSON.stringify({ redirects: [{ source: '/s/abc', destination: '/a/', permanent: true }] }),
    });
    expect([...files.keys()].sort()).toEqual(Object.values(HEADER_FILES).sort());
    expect(files.get(HEADER_FILES.headers)).toBe(toHeadersFile(rules));
    expect(files.get(HEADER_FILES.nginx)).toBe(toNginxInclude(rules));
    expect(files.get(HEADER_FILES.apache)).toMatch(
      /^RewriteEngine On\nRewriteRule \^s\/abc[^\n]*\n\n# Security headers \(Apache, mod_headers\)\n<IfModule mod_headers\.c>/,
    );
    const vercel = JSON.parse(files.get(HEADER_FILES.vercel)!) as { redirects: unknown[]; headers: unknown[] };
    expect(vercel.redirects).toHaveLength(1);
    expect(vercel).toMatchObject(toVercelHeaders(rules));
  });

  it('makes the Apache and Vercel files when the build wrote no redirects there', () => {
    const files = securityHeaderFiles(rules, {});
    expect(files.get(HEADER_FILES.apache)!.startsWith('# Security headers (Apache, mod_headers)\n')).toBe(true);
    expect(JSON.parse(files.get(HEADER_FILES.vercel)!)).toEqual(toVercelHeaders(rules));
  });
});
