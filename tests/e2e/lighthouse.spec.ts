import { expect, test } from '@playwright/test';
import { runLighthouse } from '../../scripts/checks/lighthouse.ts';
import { DIST } from '../../scripts/checks/site-pages.ts';

/**
 * Lighthouse's verdicts that do not depend on timing: accessibility, best
 * practices and SEO must pass every scored audit on the front page and the
 * article. Performance scores and LCP are timings on a shared machine:
 * `npm run lighthouse` prints them and docs/performance.md records them.
 */
test('Lighthouse passes every accessibility, best-practice and SEO audit', async () => {
  test.setTimeout(240_000);
  const results = await runLighthouse(DIST);
  expect(results.map(({ name, path }) => `${name} ${path}`)).toContain('article /opinion/pakistan-afghan-taliban-duel-irreparable-cracks/');
  for (const { name, scores, lcpMs, failures } of results.filter(({ name }) => name !== 'near-empty page')) {
    console.log(`${name}: ${JSON.stringify(scores)}, LCP ${lcpMs} ms`);
    expect(
      failures.filter((failure) => !failure.startsWith('performance/')),
      name,
    ).toEqual([]);
  }
});
