import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture content; a cold build takes seconds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
