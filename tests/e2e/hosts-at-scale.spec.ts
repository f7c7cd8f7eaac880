import { expect, test } from '@playwright/test';
import { generatedArticlePath, generatedShortCode } from '../../scripts/generated-redirects';
import { hostSite } from '../../scripts/host-site';
import { serverPort, startApache, startNginx } from '../../scripts/web-servers';

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
