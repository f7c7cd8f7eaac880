/**
 * Builds the site into a staging folder, indexes it for search, and only
 * then replaces `dist/`, so a build that fails (bad frontmatter, a missing
 * author) leaves what was published before exactly as it was.
 *
 * Usage: node scripts/build.ts   (LONGREAD_OUT_DIR picks another final folder)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const finalDir = resolve(process.env.LONGREAD_OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.staging`;
const previousDir = `${finalDir}.previous`;

await rm(stagingDir, { recursive: true, force: true });
// The Node running this script runs Astro too, whatever `node` is first on PATH.
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  // A build must never reach the network, telemetry included.
  env: { ...productionEnv(process.env), ASTRO_TELEMETRY_DISABLED: '1', LONGREAD_OUT_DIR: stagingDir },
});

if (astro.status !== 0) await fail(astro.status ?? 1);

// The search index covers what readers can reach: pages of this build, article bodies only (data-pagefind-body).
const problems = await indexForSearch(stagingDir);
if (problems.length > 0) {
  console.error(`Search indexing failed:\n${problems.join('\n')}`);
  await fail(1);
}

await rm(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) await rename(finalDir, previousDir);
await rename(stagingDir, finalDir);
await rm(previousDir, { recursive: true, force: true });

/**
 * The caller's environment, minus what would make this less than a
 * production build. Vite reads `import.meta.env.DEV` and friends from
 * variables of those names, which test runners set (`DEV=1`): left in,
 * they would publish drafts.
 */
function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _baseUrl, ...rest } = env;
  return { ...rest, NODE_ENV: 'production' };
}

/** Writes Pagefind's index into `<dir>/pagefind/`; returns its errors, if any. */
async function indexForSearch(dir: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return errors;
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) return added.errors;
    console.log(`Search: indexed ${added.page_count} pages.`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    return written.errors;
  } finally {
    await pagefind.close();
  }
}

async function fail(status: number): Promise<never> {
  await rm(stagingDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${finalDir} was left as it was.`);
  process.exit(status);
}
