import { expect, test } from '@playwright/test';
import { generatedArticlePath, generatedShortCode } from '../../scripts/benchmarks/generated-redirects.ts';
import { hostSite } from '../../scripts/benchmarks/host-site.ts';
import { serverPort, startApache, startNginx, startWrangler } from '../../scripts/checks/web-servers.ts';
import { ruleFileLimits } from '../../src/features/host-files/host-limits.ts';

/**
 * Real nginx and Apache serving the host files of generated archives of
 * 10,000 and 50,000 articles: the first and the last short link, a quote's
 * and an old address answer 301 to their article, and an article page is
 * served as it is. (How long a request takes at each size is measured by
 * `npm run bench:hosts`, not here.)
 */
test.describe.configure({ mode: 'serial' });

for (const count of [10_000, 50_000]) {
  for (const [name, start, offset] of [
    ['nginx', startNginx, 21],
    ['Apache', startApache, 22],
  ] as const) {
    test(`${name} answers every kind of redirect of ${count.toLocaleString('en-US')} articles, first and last`, async ({ request }) => {
      const site = await hostSite(count);
      const server = await start({ distDir: site.distDir, basePath: '/', port: serverPort(offset) });
      try {
        const expectations = [
          [`/s/${generatedShortCode(count)}`, generatedArticlePath(count)],
          [`/s/${generatedShortCode(1)}/`, generatedArticlePath(1)],
          [`/s/${generatedShortCode(count)}-1`, `${generatedArticlePath(count)}#:~:text=A%20quote`],
          [`/2019/old-${count}/`, generatedArticlePath(count)],
        ];
        for (const [from, to] of expectations) {
          const response = await request.get(new URL(from!.slice(1), server.url).href, { maxRedirects: 0 });
          expect(response.status(), `${from} ${await server.log()}`).toBe(301);
          expect(new URL(response.headers().location!, server.url).href).toBe(new URL(to!.slice(1), server.url).href);
        }
        const article = await request.get(new URL(site.articlePath.slice(1), server.url).href, { maxRedirects: 0 });
        expect(article.status()).toBe(200);
        const missing = await request.get(new URL(`s/${generatedShortCode(count + 1)}/`, server.url).href, { maxRedirects: 0 });
        expect(missing.status()).toBe(404);
      } finally {
        await server.stop();
        await site.remove();
      }
    });
  }
}

/**
 * Cloudflare's own emulator reads the `_redirects` written for Cloudflare
 * Pages at 10,000 and 50,000 articles: every rule valid, within its 2,000,
 * the old addresses answered with a 301 and a short link left out of the
 * file answered by its stub page.
 */
for (const count of [10_000, 50_000]) {
  test(`wrangler pages dev reads the _redirects of ${count.toLocaleString('en-US')} articles, all valid and within Cloudflare's limit`, async ({ request }) => {
    test.setTimeout(120_000);
    const site = await hostSite(count, { redirectsFileLimit: ruleFileLimits(['cloudflare']).redirects });
    const server = await startWrangler({ distDir: site.distDir, port: serverPort(23) });
    try {
      const parsed = /Parsed (\d+) valid redirect rules/.exec(server.printed());
      expect(parsed, server.printed()).not.toBeNull();
      expect(Number(parsed![1])).toBeGreaterThan(1_900);
      expect(Number(parsed![1])).toBeLessThanOrEqual(2_000);
      expect(server.printed()).not.toMatch(/invalid redirect rule/i);
      const old = await request.get(new URL(`2019/old-${count}/`, server.url).href, { maxRedirects: 0 });
      expect(old.status()).toBe(301);
      expect(new URL(old.headers().location!, server.url).pathname).toBe(generatedArticlePath(count));
      const stub = await request.get(new URL(`s/${generatedShortCode(count)}/`, server.url).href, { maxRedirects: 0 });
      expect(stub.status()).toBe(200);
    } finally {
      await server.stop();
      await site.remove();
    }
  });
}
