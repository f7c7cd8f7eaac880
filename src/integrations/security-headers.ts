/**
 * After the build, gives every page a `<meta>` Content-Security-Policy
 * with the hashes of its own inline blocks (for hosts that cannot send
 * headers), and writes the site's security headers for each host format.
 * See src/lib/security-headers.ts for the policy.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HOST_FILE_NAMES } from '../lib/host-files';
import {
  contentSecurityPolicy,
  inlineHashes,
  securityHeaderRules,
  toApacheHeaders,
  toHeadersFile,
  toNginxInclude,
  toVercelHeaders,
} from '../lib/security-headers';

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

/** How a page that runs the search loads it (public/search.js). */
const SEARCH_SCRIPT = '/search.js"';

/** Runs `task` on every item, at most `limit` at a time. */
async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Adds to a file the build may already have written (the host files with redirects), or writes it. */
async function extend(path: string, change: (existing: string | undefined) => string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  await writeFile(path, change(existing));
}

export function securityHeaders(basePath: string): AstroIntegration {
  return {
    name: 'longread:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const scripts = new Set<string>();
        const styles = new Set<string>();
        let anySearch = false;
        let done = 0;
        // A long pass says where it is, so a deployer sees it move.
        const progress = setInterval(() => logger.info(`Content-Security-Policy: ${done} of ${pages.length} pages`), 10_000);
        // Pages are read and written several at a time: one by one, the disk round trips add up to seconds at a thousand articles.
        await forEachConcurrently(pages, 16, async (page) => {
          const path = join(root, page);
          const html = await readFile(path, 'utf8');
          const hashes = inlineHashes(html);
          const needs = { search: html.includes(SEARCH_SCRIPT) };
          anySearch ||= needs.search;
          hashes.scripts.forEach((hash) => scripts.add(hash));
          hashes.styles.forEach((hash) => styles.add(hash));
          // Before anything it governs: right after the charset, which must come first.
          const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(hashes, 'meta', needs)}">`;
          const anchor = /<meta charset="utf-8">/i.test(html) ? /<meta charset="utf-8">/i : /<head>/i;
          const withPolicy = html.replace(anchor, (opening) => `${opening}${meta}`);
          if (withPolicy === html) throw new Error(`${page}: no <head> to put the Content-Security-Policy in`);
          await writeFile(path, withPolicy);
          done++;
        }).finally(() => clearInterval(progress));
        // Sorted: pages finish in no fixed order, and two builds of the same site must write the same headers.
        const rules = securityHeaderRules(basePath, { scripts: [...scripts].sort(), styles: [...styles].sort() }, { search: anySearch });
        // Headers depend on every page's final bytes, so they join the host files after the pages are written.
        await Promise.all([
          writeFile(join(root, HEADER_FILES.headers), toHeadersFile(rules)),
          writeFile(join(root, HEADER_FILES.nginx), toNginxInclude(rules)),
          extend(join(root, HEADER_FILES.apache), (existing) =>
            [existing?.trimEnd(), `# Security headers (Apache, mod_headers)\n${toApacheHeaders(rules)}`].filter(Boolean).join('\n\n'),
          ),
          extend(join(root, HEADER_FILES.vercel), (existing) => {
            const config = existing ? (JSON.parse(existing) as Record<string, unknown>) : {};
            return `${JSON.stringify({ ...config, ...toVercelHeaders(rules) }, null, 2)}\n`;
          }),
        ]);
        logger.info(`Content-Security-Policy in ${pages.length} pages; headers for ${Object.values(HEADER_FILES).join(', ')}`);
      },
    },
  };
}
