import type { Page } from '@playwright/test';

/**
 * Redirect stubs (short links on hosts without redirect rules) leave at
 * once through `<meta http-equiv="refresh">`. For checks that look at a
 * page in the browser, the stub is served without that tag, so what is
 * checked is the stub as a reader sees it before it leaves, not a page
 * torn away mid-check.
 */
export async function stayOnRedirectStubs(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    if (!route.request().isNavigationRequest()) return route.continue();
    const response = await route.fetch();
    const body = await response.text();
    return route.fulfill({ response, body: body.replace(/<meta http-equiv="refresh"[^>]*>/i, '') });
  });
}
