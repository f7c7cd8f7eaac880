/**
 * The build's rules written in each static host's own configuration
 * format. Each writer is pure: rules in, file text out. Every redirect
 * matches its exact path, with and without a trailing slash, and nothing
 * below it (no prefix matches).
 *
 * Hosts that read a list of rules read only so many (docs/deploy.md): the
 * `_redirects` file and `vercel.json` hold as many as the hosts the
 * deployer targets take, old addresses first, then short links, newest
 * articles first; the rest answer through their stub pages. nginx looks
 * every redirect up in a hashed map; Apache reads short links' rules only
 * in the short links' folder, and an old address's rule only in that
 * address's own folder, so an article request reads none of them.
 */
import { apacheShortLinkFile, HOST_FILE_NAMES } from './host-file-names.ts';
import { HOST_LIMITS, type Host, type RuleFileLimit } from './host-limits.ts';
import { type Redirect, withAndWithoutSlash } from '../short-links/redirects.ts';

/**
 * Everything the build tells a host's redirect rules. Security headers are
 * added to the same files after the pages are written, since they hash
 * the pages (scripts/build/finish-build.ts, decision 10).
 */
export interface HostRules {
  /** Every redirect, its articles newest first. */
  redirects: readonly Redirect[];
  /** The site path of the short links' folder (`/s/`), when they live on this site; Apache's rules for them go there. */
  shortFolder?: string | undefined;
  /** What the `_redirects` file may hold for the hosts targeted. */
  redirectsFileLimit?: RuleFileLimit;
  /** What `vercel.json` may hold. */
  vercelLimit?: RuleFileLimit;
}

/** A host file: its name in the output folder and its text. */
export interface HostFile {
  name: string;
  text: string;
}

const UNLIMITED: RuleFileLimit = { rules: Infinity, bytes: Infinity };

/** Redirects in the order a limited rule file keeps them: old addresses (what search engines know), then articles' short links, then quotes'. */
function byPriority(redirects: readonly Redirect[]): Redirect[] {
  const rank = (redirect: Redirect) => (redirect.kind === 'old address' ? 0 : redirect.quote === undefined ? 1 : 2);
  return [...redirects].sort((a, b) => rank(a) - rank(b));
}

/** Each (from, to) pair a host must answer, both slash forms of `from`. */
function pairs(redirects: readonly Redirect[]): { from: string; to: string; status: number }[] {
  return redirects.flatMap(({ from, to, status }) => withAndWithoutSlash(from).map((path) => ({ from: path, to, status })));
}

/** As many redirects, in priority order, as fit `limit` in a file that starts with `header` and writes each as `linesOf` it. */
function keptWithin(redirects: readonly Redirect[], limit: RuleFileLimit, header: string, linesOf: (redirect: Redirect) => string[]): Redirect[] {
  const kept: Redirect[] = [];
  let rules = 0;
  let bytes = Buffer.byteLength(header);
  for (const redirect of byPriority(redirects)) {
    const lines = linesOf(redirect);
    const size = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    if (rules + lines.length > limit.rules || bytes + size > limit.bytes) break;
    kept.push(redirect);
    rules += lines.length;
    bytes += size;
  }
  return kept;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

const REDIRECTS_FILE_HEADER = '# Short links and moved articles (Netlify, Cloudflare Pages, GitLab Pages)\n';
const redirectsFileLines = (redirect: Redirect) => pairs([redirect]).map(({ from, to, status }) => `${from} ${to} ${status}`);

/** The redirects `_redirects` holds: as many as its limit allows, in priority order. */
function keptInRedirectsFile(rules: HostRules): Redirect[] {
  return keptWithin(rules.redirects, rules.redirectsFileLimit ?? UNLIMITED, REDIRECTS_FILE_HEADER, redirectsFileLines);
}

/** The redirects `vercel.json` holds. */
function keptInVercel(rules: HostRules): Redirect[] {
  return keptWithin(rules.redirects, rules.vercelLimit ?? UNLIMITED, '', (redirect) => withAndWithoutSlash(redirect.from));
}

/** Netlify, Cloudflare Pages and GitLab Pages: `_redirects`, one `from to status` per line, within the targeted hosts' limits. */
export function netlifyRedirects(rules: HostRules): string {
  return `${REDIRECTS_FILE_HEADER}${keptInRedirectsFile(rules).flatMap(redirectsFileLines).join('\n')}\n`;
}

/**
 * The redirects every one of `hosts` answers with a 301 from its rules; a
 * redirect some host does not answer needs its stub page. nginx and Apache
 * answer all; GitHub Pages and buckets none.
 */
export function answeredByEveryHost(rules: HostRules, hosts: readonly Host[]): Set<Redirect> {
  let answered = new Set(rules.redirects);
  for (const host of hosts) {
    const rulesFile = HOST_LIMITS[host].rulesFile;
    const byHost = rulesFile === 'redirects' ? keptInRedirectsFile(rules) : rulesFile === 'vercel' ? keptInVercel(rules) : rulesFile ? rules.redirects : [];
    const answeredByHost = new Set(byHost);
    answered = new Set([...answered].filter((redirect) => answeredByHost.has(redirect)));
  }
  return answered;
}

/** Apache: mod_alias rules anchored at both ends, one per redirect. */
function apacheRules(redirects: readonly Redirect[], what: string): string {
  const lines = redirects.map(({ from, to, status }) => {
    const path = from.replace(/\/$/, '').replace(REGEX_SPECIAL, '\\$&');
    return `RedirectMatch ${status} ^${path}/?$ ${to}`;
  });
  return `# ${what} (Apache, mod_alias)\n${lines.join('\n')}\n`;
}

/** The folder below the site's root that short links live in (`/s/`), if they have one: at the root, their rules are the root's. */
function shortLinkSubfolder(rules: HostRules): string | undefined {
  return rules.shortFolder === '/' ? undefined : rules.shortFolder;
}

/** Whether Apache answers a redirect from a file of its own folder rather than the root `.htaccess`. */
function inOwnFolder(rules: HostRules, redirect: Redirect): boolean {
  return redirect.stubPath !== undefined && (redirect.kind === 'old address' || shortLinkSubfolder(rules) !== undefined);
}

/** Apache: the root `.htaccess`, read on every request, holds only short links with no folder of their own (at the root, or on another domain). */
export function apacheHtaccess(rules: HostRules): string {
  return apacheRules(
    rules.redirects.filter((redirect) => !inOwnFolder(rules, redirect)),
    'Short links outside a folder of their own',
  );
}

/** Apache: the short links' `.htaccess`, in their folder, read only by requests for a short link. */
export function apacheShortLinks(rules: HostRules): string {
  return apacheRules(
    rules.redirects.filter((redirect) => redirect.kind === 'short link' && inOwnFolder(rules, redirect)),
    'Short links',
  );
}

/** Apache: an `.htaccess` in each old address's own folder (where its stub page is), read only by a request for that address. */
export function apacheOldAddresses(rules: HostRules): HostFile[] {
  return rules.redirects
    .filter((redirect) => redirect.kind === 'old address' && redirect.stubPath !== undefined)
    .map((redirect) => ({ name: `${redirect.stubPath!.slice(1)}${HOST_FILE_NAMES.apache}`, text: apacheRules([redirect], 'A moved article') }));
}

/** Vercel: `vercel.json` redirects with an explicit 301 (Vercel's `permanent` means 308), within its limit. */
export function vercelConfig(rules: HostRules): string {
  const redirects = pairs(keptInVercel(rules)).map(({ from, to, status }) => ({ source: from, destination: to, statusCode: status }));
  return `${JSON.stringify({ redirects }, null, 2)}\n`;
}

/** A value safe inside an nginx string in double quotes: targets are URL paths, escaped already; quotes and backslashes are escaped again. */
function nginxString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** nginx, `http` block: a map from each path (both slash forms) to where it leads, looked up by hash. */
export function nginxMap(rules: HostRules): string {
  const entries = pairs(rules.redirects).map(({ from, to }) => `  ${nginxString(from)} ${nginxString(to)};`);
  return [
    '# Short links and moved articles: include this file inside the nginx http block,',
    `# and ${HOST_FILE_NAMES.nginx} inside the server block.`,
    // The default hash sizes hold a few hundred entries; a map of an archive needs room for all of them.
    `map_hash_max_size ${Math.max(2048, 2 ** Math.ceil(Math.log2(entries.length * 2 + 1)))};`,
    'map_hash_bucket_size 256;',
    'map $uri $longread_redirect {',
    '  default "";',
    ...entries,
    '}',
    '',
  ].join('\n');
}

/** nginx, `server` block: a redirect for every request the map knows. */
export function nginxInclude(): string {
  return `# Short links and moved articles: include this file inside the nginx server block, and ${HOST_FILE_NAMES.nginxMap} inside the http block.
if ($longread_redirect) {
  return 301 $longread_redirect;
}
`;
}

/** Every host file, named as the build writes them into the output folder. */
export function hostFiles(rules: HostRules): HostFile[] {
  return [
    { name: HOST_FILE_NAMES.netlify, text: netlifyRedirects(rules) },
    { name: HOST_FILE_NAMES.apache, text: apacheHtaccess(rules) },
    ...(shortLinkSubfolder(rules) !== undefined ? [{ name: apacheShortLinkFile(shortLinkSubfolder(rules)!), text: apacheShortLinks(rules) }] : []),
    ...apacheOldAddresses(rules),
    { name: HOST_FILE_NAMES.vercel, text: vercelConfig(rules) },
    { name: HOST_FILE_NAMES.nginx, text: nginxInclude() },
    { name: HOST_FILE_NAMES.nginxMap, text: nginxMap(rules) },
  ];
}

/** How many paths an nginx map written by `nginxMap` holds (each redirect twice, with and without its slash). */
export function nginxMapEntries(text: string): number {
  return text.split('\n').filter((line) => line.startsWith('  "')).length;
}

/** How many rules a `_redirects` file written by `netlifyRedirects` holds. */
export function redirectsFileRules(text: string): number {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length;
}

/** How many redirects a `vercel.json` holds. */
export function vercelRedirects(text: string): number {
  return ((JSON.parse(text) as { redirects?: unknown[] }).redirects ?? []).length;
}
