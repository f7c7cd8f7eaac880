/**
 * The security headers every page is served with, and the same rules
 * written for each host the site deploys to: `_headers` (Netlify,
 * Cloudflare Pages), `vercel.json`, an nginx include and Apache
 * `.htaccess` lines. Pure: the build passes in the hashes it found.
 *
 * The Content-Security-Policy allows nothing by default, scripts and
 * styles only from the site itself or by the SHA-256 hash of an inline
 * block the build emitted (never 'unsafe-inline'), images from the site
 * only, and nothing else (no fonts, frames, connections or plugins). See docs/decisions/0010-strict-csp-computed-at-build.md.
 */
import { createHash } from 'node:crypto';
import { HOST_FILE_NAMES } from '../host-files/host-file-names.ts';
import { PAGE_POLICY, SEARCH_SCRIPT } from '../../lib/page-contract.ts';

/** Files at the root of the output that carry the headers, one per host format. */
export const HEADER_FILES = {
  /** Netlify and Cloudflare Pages read it as is. */
  headers: '_headers',
  /** `include` it in nginx's server block, beside the redirects include. */
  nginx: 'security-headers.conf',
  /** Apache: the headers are added to the `.htaccess` the build wrote (redirects), or make one. */
  apache: HOST_FILE_NAMES.apache,
  /** Vercel: `headers` is set in the `vercel.json` the build wrote (redirects), or makes one. */
  vercel: HOST_FILE_NAMES.vercel,
} as const;

/** Headers to send for every path matching `path` (`/*` style: `*` matches anything). */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** CSP sources for the inline blocks of a page, e.g. `'sha256-…'`. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** What a page does beyond showing itself, which its policy must allow. */
export interface PageNeeds {
  /** Runs the Pagefind search, which compiles WebAssembly ('wasm-unsafe-eval': no JavaScript eval). */
  search: boolean;
}

/** Script types a browser runs; JSON-LD and other data blocks are not subject to CSP. */
const EXECUTABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

/** The CSP source for an inline block's exact text. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline `<style>` and executable inline `<script>` blocks of an HTML page, in order, without repeats. */
export function inlineHashes(html: string): InlineHashes {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => hashSource(match[1]!));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes!)?.[1] ?? '';
      return !/\bsrc\s*=/i.test(attributes!) && EXECUTABLE_SCRIPT.test(type);
    })
    .map((match) => hashSource(match[2]!));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * The Content-Security-Policy for the given inline hashes. A `<meta>`
 * policy leaves out `frame-ancestors`, which browsers ignore (and warn
 * about) outside a header, and the spaces after semicolons: it is in
 * every page's bytes.
 */
export function contentSecurityPolicy(hashes: InlineHashes, delivery: 'header' | 'meta', needs: PageNeeds = { search: false }): string {
  const directives = [
    "default-src 'none'",
    ['script-src', "'self'", ...(needs.search ? ["'wasm-unsafe-eval'"] : []), ...hashes.scripts].join(' '),
    ['style-src', "'self'", ...hashes.styles].join(' '),
    "img-src 'self'",
    // Own-origin fetches only: the search reads its index this way, and audits
    // (Lighthouse's robots.txt check) fetch from the page.
    "connect-src 'self'",
    // Not covered by default-src: stated, or a page could change them.
    "base-uri 'none'",
    "form-action 'self'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join(delivery === 'meta' ? ';' : '; ');
}

/** What a built page needs its policy to allow, read from its HTML. */
export function pageNeeds(html: string): PageNeeds {
  return { search: html.includes(`${SEARCH_SCRIPT}"`) };
}

/**
 * The page with its own `<meta>` Content-Security-Policy, for hosts that
 * cannot send headers: right after the charset, which must come first,
 * and before anything it governs.
 */
export function withPagePolicy(html: string): string {
  const meta = `<meta http-equiv="${PAGE_POLICY}" content="${contentSecurityPolicy(inlineHashes(html), 'meta', pageNeeds(html))}">`;
  const anchor = /<meta charset="utf-8">/i.test(html) ? /<meta charset="utf-8">/i : /<head>/i;
  const withPolicy = html.replace(anchor, (opening) => `${opening}${meta}`);
  if (withPolicy === html) throw new Error('a page has no <head> to put its Content-Security-Policy in');
  return withPolicy;
}

/** Powerful features no page uses, switched off for the page and anything it embeds. */
const PERMISSIONS_POLICY = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * The headers for the whole site, given the union of every page's inline
 * hashes and needs. One rule for every path: hosts send every matching
 * rule's headers, and two policies would both be enforced, so a page's
 * own looser rule could not loosen the site's.
 */
export function securityHeaderRules(basePath: string, hashes: InlineHashes, needs: PageNeeds = { search: false }): HeaderRule[] {
  return [
    {
      path: `${basePath}*`,
      headers: [
        ['Content-Security-Policy', contentSecurityPolicy(hashes, 'header', needs)],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', PERMISSIONS_POLICY],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
      ],
    },
  ];
}

/** Netlify / Cloudflare Pages `_headers`. */
export function toHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}

/** The `headers` part of a `vercel.json`; Vercel's `source` uses path-to-regexp, where `(.*)` matches anything. */
export function toVercelHeaders(rules: readonly HeaderRule[]): { headers: { source: string; headers: { key: string; value: string }[] }[] } {
  return {
    headers: rules.map(({ path, headers }) => ({
      source: path.replace(/\*$/, '(.*)'),
      headers: headers.map(([key, value]) => ({ key, value })),
    })),
  };
}

/** Double-quotes a header value for nginx and Apache configuration. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * nginx `add_header` lines, to `include` in the `server` or `location`
 * serving the site. nginx drops inherited `add_header`s in any block that
 * adds its own, so include it in each such block. Every rule's path is
 * the site itself; the block it is included in decides the paths.
 */
export function toNginxInclude(rules: readonly HeaderRule[]): string {
  return rules.flatMap(({ headers }) => headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`)).join('\n') + '\n';
}

/** Apache `Header` lines (mod_headers), for the site's `.htaccess` or its `<Directory>` block. */
export function toApacheHeaders(rules: readonly HeaderRule[]): string {
  const lines = rules.flatMap(({ headers }) => headers.map(([name, value]) => `  Header always set ${name} ${quoted(value)}`));
  return ['<IfModule mod_headers.c>', ...lines, '</IfModule>'].join('\n') + '\n';
}

/**
 * Every host file's text with the headers, by file name: `existing` is
 * what the build already wrote of the files headers share with redirects
 * (`.htaccess`, `vercel.json`), which keep their redirects.
 */
export function securityHeaderFiles(rules: readonly HeaderRule[], existing: { apache?: string | undefined; vercel?: string | undefined }): Map<string, string> {
  const vercel = existing.vercel ? (JSON.parse(existing.vercel) as Record<string, unknown>) : {};
  return new Map([
    [HEADER_FILES.headers, toHeadersFile(rules)],
    [HEADER_FILES.nginx, toNginxInclude(rules)],
    [HEADER_FILES.apache, [existing.apache?.trimEnd(), `# Security headers (Apache, mod_headers)\n${toApacheHeaders(rules)}`].filter(Boolean).join('\n\n')],
    [HEADER_FILES.vercel, `${JSON.stringify({ ...vercel, ...toVercelHeaders(rules) }, null, 2)}\n`],
  ]);
}
