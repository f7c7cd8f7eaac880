import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HEADER_FILES } from '../../src/integrations/security-headers';
import { DIST, pagePaths } from '../support/site-pages';
import { parseHeadersFile } from '../support/static-server';
import { startApache, startNginx } from '../support/web-servers';

/**
 * The nginx include and the Apache lines the build writes, used by real
 * nginx and Apache, send exactly the headers `_headers` lists, on every
 * page and asset. Ports: the two after PREVIEW_PORT.
 */
const previewPort = Number(process.env.PREVIEW_PORT ?? 4321);
const expected = parseHeadersFile(readFileSync(join(DIST, HEADER_FILES.headers), 'utf8'))[0]!.headers;
const servers = [
  { name: 'nginx', start: () => startNginx(DIST, previewPort + 1) },
  { name: 'Apache', start: () => startApache(DIST, previewPort + 2) },
];

test.describe.configure({ mode: 'serial' });

for (const { name, start } of servers) {
  test(`${name} sends the security headers on every page and asset`, async ({ request }) => {
    const server = await start();
    try {
      for (const path of [...pagePaths(), '/favicon.svg']) {
        const response = await request.get(`${server.origin}${path}`);
        expect(response.status(), path).toBe(200);
        for (const [header, value] of expected) expect(response.headers()[header.toLowerCase()], `${header} on ${path}`).toBe(value);
      }
    } finally {
      await server.stop();
    }
  });
}

test('vercel-headers.json carries the same headers for every path', () => {
  const { headers } = JSON.parse(readFileSync(join(DIST, HEADER_FILES.vercel), 'utf8')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  expect(headers).toHaveLength(1);
  expect(headers[0]!.source).toBe('/(.*)');
  expect(headers[0]!.headers.map(({ key, value }) => [key, value])).toEqual(expected);
});
