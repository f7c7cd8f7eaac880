import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HEADER_FILES } from '../../src/features/security-headers/security-headers.ts';
import { settings } from '../../src/settings.ts';
import { DIST, pagePaths } from '../../scripts/checks/site-pages.ts';
import { parseHeadersFile } from '../../scripts/checks/static-server.ts';
import { serverPort, startApache, startNginx } from '../../scripts/checks/web-servers.ts';

/**
 * Real nginx (with the security-headers include) and Apache (reading the
 * build's .htaccess) send exactly the headers `_headers` lists, on every
 * page and asset; vercel.json carries them too.
 */
const expected = parseHeadersFile(readFileSync(join(DIST, HEADER_FILES.headers), 'utf8'))[0]!.headers;
const servers = [
  { name: 'nginx', start: () => startNginx({ distDir: DIST, basePath: settings.basePath, port: serverPort(11) }) },
  { name: 'Apache', start: () => startApache({ distDir: DIST, basePath: settings.basePath, port: serverPort(12) }) },
];

test.describe.configure({ mode: 'serial' });

for (const { name, start } of servers) {
  test(`${name} sends the security headers on every page and asset`, async ({ request }) => {
    const server = await start();
    try {
      for (const path of [...pagePaths(), '/favicon.svg']) {
        const response = await request.get(new URL(path.replace(/^\//, ''), server.url).href);
        expect(response.status(), path).toBe(200);
        for (const [header, value] of expected) {
          expect(response.headers()[header.toLowerCase()], `${header} on ${path}: ${await server.log()}`).toBe(value);
        }
      }
    } finally {
      await server.stop();
    }
  });
}

test('vercel.json carries the same headers for every path', () => {
  const { headers } = JSON.parse(readFileSync(join(DIST, HEADER_FILES.vercel), 'utf8')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  expect(headers).toHaveLength(1);
  expect(headers[0]!.source).toBe(`${settings.basePath}(.*)`);
  expect(headers[0]!.headers.map(({ key, value }) => [key, value])).toEqual(expected);
});
