import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/checks/chromium.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production build, served as a static host would; `npm test` builds it first.
  webServer: {
    command: `node_modules/.bin/astro preview --host localhost --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
