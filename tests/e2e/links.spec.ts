import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { settings } from '../../src/settings';
import { DIST, pagePaths } from '../support/site-pages';
import { serveWithHeaders } from '../support/static-server';

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
    .filter(({ state }) => state === 'BROKEN')
    .map(({ url, status, parent }) => `${url} (${status}) on ${parent}`);
  const unique = new Set(checked);
  const skipped = result.links.filter(({ state }) => state === 'SKIPPED').length;
  console.log(`linkinator: ${unique.size} internal URLs checked, ${skipped} links to other origins left alone`);
  expect(broken).toEqual([]);
  // The crawl reached every page and more than pages (assets, anchors): it did check something.
  for (const path of pagePaths()) expect(unique, path).toContain(new URL(path.replace(/^\//, ''), localRoot).href);
});
