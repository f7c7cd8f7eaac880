/**
 * The build's rules written in each static host's own configuration
 * format. Each writer is pure: rules in, file text out. Every redirect
 * matches its exact path, with and without a trailing slash, and nothing
 * below it (no prefix matches).
 */
import { HOST_FILE_NAMES } from './host-file-names';
import { type Redirect, withAndWithoutSlash } from './redirects';

/**
 * Everything the build tells a host's redirect rules. Security headers are
 * added to the same files after the pages are written, since they hash
 * the pages (scripts/finish-build.ts, decision 10).
 */
export interface HostRules {
  redirects: readonly Redirect[];
}

/** A host file: its name in the output folder and its text. */
export interface HostFile {
  name: string;
  text: string;
}

/** Each (from, to) pair a host must answer, both slash forms of `from`. */
function pairs(rules: HostRules): { from: string; to: string; status: number }[] {
  return rules.redirects.flatMap(({ from, to, status }) => withAndWithoutSlash(from).map((path) => ({ from: path, to, status })));
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Netlify and Cloudflare Pages: `_redirects`, one `from to status` per line. */
export function netlifyRedirects(rules: HostRules): string {
  const lines = pairs(rules).map(({ from, to, status }) => `${from} ${to} ${status}`);
  return `# Short links and moved articles (Netlify, Cloudflare Pages)\n${lines.join('\n')}\n`;
}

/** Apache: `.htaccess` in the site's root folder, mod_alias rules anchored at both ends. */
export function apacheHtaccess(rules: HostRules): string {
  const lines = rules.redirects.map(({ from, to, status }) => {
    const path = from.replace(/\/$/, '').replace(REGEX_SPECIAL, '\\$&');
    return `RedirectMatch ${status} ^${path}/?$ ${to}`;
  });
  return `# Short links and moved articles (Apache, mod_alias)\n${lines.join('\n')}\n`;
}

/** Vercel: `vercel.json` redirects with an explicit 301 (Vercel's `permanent` means 308). */
export function vercelConfig(rules: HostRules): string {
  const redirects = pairs(rules).map(({ from, to, status }) => ({ source: from, destination: to, statusCode: status }));
  return `${JSON.stringify({ redirects }, null, 2)}\n`;
}

/** nginx: exact-match `location =` blocks, for `include` inside a `server` block. */
export function nginxInclude(rules: HostRules): string {
  const blocks = pairs(rules).map(({ from, to, status }) => `location = ${from} {\n  return ${status} ${to};\n}`);
  return `# Short links and moved articles: include this file inside an nginx server block.\n${blocks.join('\n')}\n`;
}

/** Every host file, named as the build writes them into the output folder. */
export function hostFiles(rules: HostRules): HostFile[] {
  return [
    { name: HOST_FILE_NAMES.netlify, text: netlifyRedirects(rules) },
    { name: HOST_FILE_NAMES.apache, text: apacheHtaccess(rules) },
    { name: HOST_FILE_NAMES.vercel, text: vercelConfig(rules) },
    { name: HOST_FILE_NAMES.nginx, text: nginxInclude(rules) },
  ];
}
