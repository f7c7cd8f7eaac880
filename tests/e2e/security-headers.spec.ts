import { expect, test } from '@playwright/test';
import { stayOnRedirectStubs } from '../support/redirect-stubs.ts';
import { DIST, pagePaths } from '../../scripts/checks/site-pages.ts';
import { serveWithHeaders } from '../../scripts/checks/static-server.ts';

/**
 * Every page, served with the headers the build wrote to `_headers` (and
 * its own `<meta>` policy), must load without a single Content Security
 * Policy violation or console error, and without a request to another
 * origin, while a reader scrolls and tabs through it.
 */
let server: Awaited<ReturnType<typeof serveWithHeaders>>;
test.beforeAll(async () => {
  server = await serveWithHeaders(DIST);
});
test.afterAll(() => server.close());

test.beforeEach(({ page }) => stayOnRedirectStubs(page));

const REQUIRED = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

for (const path of pagePaths()) {
  test(`${path}: strict CSP, no violation, no request to another origin`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== server.origin) problems.push(`request to another origin: ${url.href}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });

    const response = await page.goto(`${server.origin}${path}`);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    for (const name of REQUIRED) expect(headers[name], name).toBeTruthy();
    const policy = headers['content-security-policy']!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain('unsafe-inline');

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('Tab');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('assets are served with the headers too', async ({ request }) => {
  const response = await request.get(`${server.origin}/favicon.svg`);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('a style or script the build did not hash is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto(`${server.origin}/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect(page.locator('body')).toBeVisible();
  expect(violations.length).toBeGreaterThanOrEqual(2);
});
