import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { type WebServer, serverPort, startApache, startNginx } from '../../scripts/checks/web-servers.ts';
import { unfurl } from '../support/unfurl.ts';

/**
 * Real nginx and Apache, started here on 127.0.0.1, serve a build with the
 * redirect files it generated: the short link answers 301 to the article.
 * Checked for the site at the root (the project's `dist/`) and for a build
 * under a base path, as on GitHub Pages project sites.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 });

interface Build {
  name: string;
  basePath: string;
  distDir: () => string;
  shortLink: string;
  article: string;
  oldPath?: string;
  /** A pull quote's short link and the quote's words. */
  quote?: { shortLink: string; text: string };
}

let based: FixtureSite | undefined;
const builds: Build[] = [
  {
    name: 'the site at the root',
    basePath: '/',
    distDir: () => resolve('dist'),
    shortLink: 's/k7tq4',
    article: 'opinion/pakistan-afghan-taliban-duel-irreparable-cracks/',
    quote: {
      shortLink: 's/k7tq4-1',
      text: 'For the Taliban, caught in its ideological bedrock, fulfilling the demand of reining in terror groups may not be possible.',
    },
  },
  {
    name: 'a build under /longread/',
    basePath: '/longread/',
    distDir: () => based!.distDir,
    shortLink: 's/m3v4d',
    article: 'essays/moved-essay/',
    oldPath: 'essays/old-essay-title/',
  },
];

const servers = new Map<string, WebServer>();

test.beforeAll(async () => {
  based = await fixtureSite([
    { from: 'moved/moved-essay.mdx', to: 'articles/moved-essay.mdx' },
    { from: 'moved/short-links.json', to: 'short-links.json' },
  ]);
  const { status, output } = await based.build({ BASE_PATH: '/longread/', SITE_URL: 'https://example.github.io' });
  if (status !== 0) throw new Error(output);
  let offset = 1;
  for (const build of builds) {
    for (const [name, start] of [
      ['nginx', startNginx],
      ['Apache', startApache],
    ] as const) {
      const site = { distDir: build.distDir(), basePath: build.basePath, port: serverPort(offset++) };
      servers.set(`${name} ${build.name}`, await start(site));
    }
  }
});

test.afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.stop()));
  await based?.remove();
});

for (const build of builds) {
  for (const serverName of ['nginx', 'Apache']) {
    test.describe(`${serverName}, ${build.name}`, () => {
      const server = (): WebServer => servers.get(`${serverName} ${build.name}`)!;
      const articlePath = `${build.basePath}${build.article}`;

      test('answers the short link, with or without its slash, with 301 to the article', async ({ request }) => {
        for (const path of [build.shortLink, `${build.shortLink}/`]) {
          const response = await request.get(`${server().url}${path}`, { maxRedirects: 0 });
          expect(response.status(), `${path}\n${await server().log()}`).toBe(301);
          expect(new URL(response.headers().location!, server().url).pathname).toBe(articlePath);
        }
      });

      test('redirects only the exact short link, nothing below it', async ({ request }) => {
        const response = await request.get(`${server().url}${build.shortLink}/more/`, { maxRedirects: 0 });
        expect(response.status()).toBe(404);
      });

      if (build.oldPath) {
        test('answers an old path of a moved article with 301 to its new address', async ({ request }) => {
          const response = await request.get(`${server().url}${build.oldPath}`, { maxRedirects: 0 });
          expect(response.status()).toBe(301);
          expect(new URL(response.headers().location!, server().url).pathname).toBe(articlePath);
        });
      }

      const { quote } = build;
      if (quote) {
        /** The quote's text fragment: its first and last words (src/features/short-links/text-fragment.ts). */
        const fragment = '#:~:text=For%20the%20Taliban%2C%20caught,may%20not%20be%20possible.';

        test('answers a pull quote’s short link with 301 to the article at the quote, by a text fragment', async ({ request }) => {
          for (const path of [quote.shortLink, `${quote.shortLink}/`]) {
            const response = await request.get(`${server().url}${path}`, { maxRedirects: 0 });
            expect(response.status(), `${path}\n${await server().log()}`).toBe(301);
            const location = new URL(response.headers().location!, server().url);
            expect(location.pathname + location.hash).toBe(`${articlePath}${fragment}`);
          }
        });

        test('in Chromium, a pull quote’s short link lands on the article with the quote’s text fragment, the quote on screen', async ({ page }) => {
          const response = await page.goto(`${server().url}${quote.shortLink}`);
          expect(response?.status()).toBe(200);
          const landed = new URL(page.url());
          expect(landed.pathname).toBe(articlePath);
          expect(landed.hash).toBe(fragment);
          const pullQuote = page.locator('.pull-quote blockquote');
          await expect(pullQuote).toHaveText(quote.text);
          await expect(pullQuote).toBeInViewport();
        });

        test('in Chromium, the article opened without the fragment does not show the quote at once', async ({ page }) => {
          // What makes the check above mean something: the quote is below the first screen.
          await page.goto(`${server().url}${build.article}`);
          await expect(page.locator('.pull-quote blockquote')).not.toBeInViewport();
        });
      }

      test('in Chromium, opening the short link lands on the article', async ({ page }) => {
        await page.goto(`${server().url}${build.shortLink}`);
        expect(new URL(page.url()).pathname).toBe(articlePath);
        await expect(page.locator('h1')).toHaveCount(1);
      });

      test('a link-preview client following the 301 unfurls the same card as the article', async () => {
        const shortLink = await unfurl(`${server().url}${build.shortLink}`);
        expect(shortLink.title).toBeTruthy();
        expect(shortLink).toEqual(await unfurl(`${server().url}${build.article}`));
      });
    });
  }
}
