/**
 * Runs Lighthouse (mobile: emulated phone, simulated slow 4G and CPU)
 * against the served build's front page and article, and against a
 * near-empty page served in the same run: the floor any page's LCP is
 * compared with. Prints each category's score and the LCP.
 *
 * Usage: npm run lighthouse [-- --record]   (build first; --record writes docs/performance.md)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/chromium.ts';
import { htmlFiles, urlPath } from '../tests/support/site-pages.ts';
import { serveWithHeaders } from '../tests/support/static-server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The smallest page a browser can show: the LCP no real page can beat on the same connection. */
const NEAR_EMPTY_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Near-empty page</title><meta name="description" content="A floor for comparison."><link rel="icon" href="/favicon.svg">' +
  '<main><p>Hello.</p></main></html>';

export interface LighthouseResult {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  /** Scored audits that did not fully pass, as `category/audit`. */
  failures: string[];
}

/** The pages measured: the front page, the first article found, and the near-empty page. */
function pagesToMeasure(distDir: string): { name: string; path: string }[] {
  const article = htmlFiles(distDir).find((file) => /^[^/]+\/[^/]+\/index\.html$/.test(file) && !file.startsWith('s/'));
  if (!article) throw new Error(`no article page in ${distDir}`);
  return [
    { name: 'near-empty page', path: '/near-empty/' },
    { name: 'front page', path: '/' },
    { name: 'article', path: urlPath(article) },
  ];
}

export async function runLighthouse(distDir = resolve('dist')): Promise<LighthouseResult[]> {
  const server = await serveWithHeaders(distDir, { '/near-empty/': NEAR_EMPTY_PAGE });
  const profile = await mkdtemp(join(tmpdir(), 'longread-lighthouse-'));
  const executablePath = chromiumExecutable();
  // Lighthouse drives Chromium over a DevTools port; Chromium picks a free one and writes it down.
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
  });
  try {
    const port = Number((await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0]);
    const results: LighthouseResult[] = [];
    for (const { name, path } of pagesToMeasure(distDir)) {
      const run = await lighthouse(`${server.origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = run.lhr;
      results.push({
        name,
        path,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as LighthouseResult['scores'],
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        failures: CATEGORIES.flatMap((id) =>
          (categories[id]?.auditRefs ?? [])
            .filter(({ id: audit, weight }) => weight > 0 && (audits[audit]?.score ?? 1) < 1)
            .map(({ id: audit }) => `${id}/${audit}`),
        ),
      });
    }
    return results;
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The results as a Markdown table. */
export function resultsTable(results: readonly LighthouseResult[]): string {
  const floor = results.find(({ name }) => name === 'near-empty page')?.lcpMs ?? Number.NaN;
  return [
    '| page | performance | accessibility | best practices | SEO | LCP | LCP vs near-empty |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      ({ name, scores, lcpMs }) =>
        `| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${lcpMs} ms | ${(((lcpMs - floor) / floor) * 100).toFixed(1)} % |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const results = await runLighthouse();
  const table = resultsTable(results);
  console.log(table);
  for (const { name, failures } of results) if (failures.length > 0) console.log(`${name}: not passed: ${failures.join(', ')}`);
  if (process.argv.includes('--record')) {
    const file = resolve('docs/performance.md');
    const existing = await readFile(file, 'utf8').catch(() => '# Performance\n');
    const section = [
      '## Lighthouse',
      '',
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (emulated phone, simulated slow 4G and 4× CPU slowdown), system Chromium, the build served locally with its security headers by \`npm run lighthouse\`; ${new Date().toISOString().slice(0, 10)}. The near-empty page is a one-paragraph HTML page served in the same run: the LCP floor. Measured on a shared 2-core machine while other work ran, so timings are indicative.`,
      '',
      table,
      '',
    ].join('\n');
    const pattern = /## Lighthouse\n[\s\S]*?(?=\n## |$)/;
    await writeFile(file, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`);
    console.log(`Recorded in ${file}`);
  }
}
