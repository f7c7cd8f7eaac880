import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { LinkChecker } from 'linkinator';
import { settings } from '../../src/settings.ts';
import { DIST, pagePaths } from '../../scripts/checks/site-pages.ts';
import { serveWithHeaders } from '../../scripts/checks/static-server.ts';

/** A URL whose fragment is a text directive (`#:~:text=start,end`), as linkinator reports it (decoded or not). */
const TEXT_DIRECTIVE = /#:~:text=/;

/** The words a text directive looks for: its start and, if any, its end. */
function wordsOf(url: string): string[] {
  const value = url.split('#:~:text=')[1]!;
  return value.split(',').map((part) => decodeURIComponent(part).trim());
}

/**
 * linkinator crawls the build, served as a static host serves it (a
 * folder asked for without its slash redirects to it), from every page, following links,
 * assets, stylesheet URLs and #fragments. The site's absolute URL
 * (canonical links, feeds, sitemaps) is rewritten to the local server, so
 * those are checked too; other origins are left alone (no network).
 */
test('no page has a broken internal link, anchor or asset', async () => {
  const server = await serveWithHeaders(DIST);
  const origin = server.origin;
  const siteRoot = new URL(settings.basePath, `${settings.siteUrl}/`).href;
  const localRoot = new URL(settings.basePath, `${origin}/`).href;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const checked: string[] = [];

  const result = await new LinkChecker()
    .check({
      path: pagePaths().map((path) => new URL(path.replace(/^\//, ''), localRoot).href),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(siteRoot)}`), replacement: localRoot }],
      // Asked before the rewrite, so the site's own URL counts as local too.
      linksToSkip: async (link) => {
        const local = link.startsWith(localRoot) || link.startsWith(siteRoot);
        if (local) checked.push(link.replace(siteRoot, localRoot));
        return !local;
      },
    })
    .finally(() => server.close());

  const broken = result.links
    .filter(({ state, url, status }) => state === 'BROKEN' && !(status === 200 && TEXT_DIRECTIVE.test(url)))
    .map(({ url, status, parent }) => `${url} (${status}) on ${parent}`);
  // A text fragment names words, not an id, so linkinator cannot find it: the words are looked for here.
  const textLinks = result.links.filter(({ url }) => TEXT_DIRECTIVE.test(url));
  for (const { url } of new Set(textLinks)) {
    const { document } = parseHTML(await readFile(join(DIST, new URL(url).pathname, 'index.html'), 'utf8'));
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    for (const words of wordsOf(url)) expect(text, url).toContain(words);
  }
  const unique = new Set(checked);
  const skipped = result.links.filter(({ state }) => state === 'SKIPPED').length;
  console.log(`linkinator: ${unique.size} internal URLs checked, ${skipped} links to other origins left alone`);
  expect(broken).toEqual([]);
  // The crawl reached every page and more than pages (assets, anchors): it did check something.
  for (const path of pagePaths()) expect(unique, path).toContain(new URL(path.replace(/^\//, ''), localRoot).href);
});
