import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture content; a cold build takes seconds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // A file per core: a build test spends much of its time waiting on its build's process.
    maxWorkers: availableParallelism(),
  },
});
