import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';
import { serverPort } from '../../scripts/checks/web-servers.ts';

/**
 * `astro dev`, as a writer runs it: it renders articles with the same
 * loader as a build, and shows an edited article's new words on the next
 * load, without a restart. Run in a copy of the site, on a port of its own.
 */
const port = serverPort(20);
let site: FixtureSite;
let server: ChildProcess;
let log = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await fixtureSite([], { generated: 3 });
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site.root,
    env: { ...process.env, LONGREAD_CONTENT_DIR: site.contentDir, LONGREAD_CACHE_DIR: join(site.root, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk));
  await expect.poll(() => /ready in|Local\s/.test(log), { timeout: 90_000, message: 'astro dev starts' }).toBe(true);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(server.pid);
  await new Promise((done) => (server?.exitCode !== null ? done(null) : server.once('close', done)));
  await site?.remove();
});

test('renders an article and reloads it once it is edited', async ({ page }) => {
  test.setTimeout(120_000);
  const [article] = site.generated;
  const url = `http://127.0.0.1:${port}/${article!.section}/${article!.slug}/`;
  await page.goto(url);
  await expect(page.locator('h1')).toHaveText(article!.title);
  await expect(page.locator('.story-body p').first()).not.toBeEmpty();

  const added = 'A sentence the writer added while the server ran.';
  await appendFile(join(site.contentDir, 'articles', `${article!.slug}.mdx`), `\n${added}\n`);
  await expect
    .poll(
      async () => {
        try {
          await page.goto(url);
          return await page.locator('.story-body p', { hasText: added }).count();
        } catch (error) {
          // The dev server's client reloads the open page when the file changes; a load that reload cuts short is tried again.
          if (error instanceof Error && /ERR_ABORTED|interrupted by another navigation|context was destroyed/.test(error.message)) return 0;
          throw error;
        }
      },
      { timeout: 90_000, message: `the edit reaches the page; the server said:\n${log}` },
    )
    .toBe(1);
});
