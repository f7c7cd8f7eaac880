/**
 * After the build, writes the site's security headers for each host
 * format, from the union of every page's inline hashes. Each page got its
 * own `<meta>` policy as it was rendered (src/middleware.ts), so this pass
 * only reads. See src/lib/security-headers.ts for the policy.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HOST_FILE_NAMES } from '../lib/host-files';
import { forEachConcurrently } from '../lib/concurrently';
import {
  inlineHashes,
  pageNeeds,
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
        const progress = setInterval(() => logger.info(`Security headers: ${done} of ${pages.length} pages read`), 10_000);
        // Several pages at a time: one by one, the disk round trips add up to seconds at a thousand articles.
        await forEachConcurrently(pages, 16, async (page) => {
          const html = await readFile(join(root, page), 'utf8');
          if (!html.includes('http-equiv="content-security-policy"')) throw new Error(`${page}: no Content-Security-Policy; pages get theirs from src/middleware.ts`);
          const hashes = inlineHashes(html);
          anySearch ||= pageNeeds(html).search;
          hashes.scripts.forEach((hash) => scripts.add(hash));
          hashes.styles.forEach((hash) => styles.add(hash));
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
        logger.info(`Security headers from ${pages.length} pages' policies: ${Object.values(HEADER_FILES).join(', ')}`);
      },
    },
  };
}
