import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { injectionProblems, validityErrors } from '../support/html-checks.ts';
import { DIST, htmlFiles, sitemapPaths, urlPath } from '../../scripts/checks/site-pages.ts';

/** Every HTML file of the build, served as a host serves it: valid, and carrying no inline code. */
const FILES = htmlFiles();

test('the build emitted pages, and every page its sitemap lists exists', () => {
  expect(FILES).toContain('index.html');
  for (const path of sitemapPaths()) {
    expect(existsSync(join(DIST, path, path.endsWith('/') ? 'index.html' : '')), path).toBe(true);
  }
});

for (const file of FILES) {
  test(`${urlPath(file)} is valid HTML with no inline script or handler`, async ({ request }) => {
    const response = await request.get(urlPath(file));
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(await validityErrors(html, file)).toEqual([]);
    expect(injectionProblems(html)).toEqual([]);
  });
}
