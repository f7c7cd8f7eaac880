/**
 * Runs Lighthouse (mobile: emulated phone, simulated slow 4G and CPU)
 * against the served build's front page and article, and against a
 * near-empty page served in the same run: the floor any page's LCP is
 * compared with. Prints each category's score (of each page's median-LCP
 * run), the median and the best LCP, and each page's best against the
 * near-empty page's best: the noise in these runs only ever adds time, so
 * the best run is the one nearest the page's own cost. Pages take turns,
 * so a busy moment of the machine does not fall on one page only.
 *
 * Usage: npm run lighthouse [-- --runs 7] [-- --record]
 * (build first; 5 runs by default; --record writes docs/performance.md)
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumExecutable, chromiumLaunchOptions } from './chromium.ts';
import { htmlFiles, urlPath } from './site-pages.ts';
import { serveWithHeaders } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

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
  /** The lowest LCP of the page's runs. */
  bestLcpMs: number;
  /** Scored audits that did not fully pass, as `category/audit`. */
  failures: string[];
}

/** One Lighthouse run of a page; a page's result adds the best LCP of its runs. */
type LighthouseRun = Omit<LighthouseResult, 'bestLcpMs'>;

/** The URL path of the first article found: the first page with an article body. */
function firstArticle(distDir: string): string | undefined {
  const file = htmlFiles(distDir).find((name) => readFileSync(join(distDir, name), 'utf8').includes('data-pagefind-body'));
  return file && urlPath(file);
}

/** The pages measured: the front page, the article at `articlePath` (else the first found), and the near-empty page. */
function pagesToMeasure(distDir: string, articlePath?: string): { name: string; path: string }[] {
  const article = articlePath ?? firstArticle(distDir);
  if (!article) throw new Error(`no article page in ${distDir}`);
  return [
    { name: 'near-empty page', path: '/near-empty/' },
    { name: 'front page', path: '/' },
    { name: 'article', path: article },
  ];
}

export async function runLighthouse(distDir = resolve('dist'), runs = 1, articlePath?: string): Promise<LighthouseResult[]> {
  const server = await serveWithHeaders(distDir, { '/near-empty/': NEAR_EMPTY_PAGE });
  const profile = await mkdtemp(join(tmpdir(), 'longread-lighthouse-'));
  // Lighthouse drives Chromium over a DevTools port; Chromium picks a free one and writes it down.
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(['--remote-debugging-port=0']));
  try {
    const port = Number((await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0]);
    const pages = pagesToMeasure(distDir, articlePath);
    const runsByPage = pages.map((): LighthouseRun[] => []);
    for (let round = 0; round < runs; round += 1) {
      for (const [index, { name, path }] of pages.entries()) {
        // On a busy machine Lighthouse now and then records no LCP in the trace; such a run is taken again.
        let run: Awaited<ReturnType<typeof lighthouse>>;
        for (let attempt = 1; ; attempt += 1) {
          run = await lighthouse(`${server.origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
          if (Number.isFinite(run?.lhr.audits['largest-contentful-paint']?.numericValue) || attempt === 3) break;
        }
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { categories, audits } = run.lhr;
        runsByPage[index]!.push({
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
    }
    // Each page's median run by LCP, with every audit that failed in any run.
    const results = runsByPage.map((pageRuns) => {
      const measured = pageRuns.filter(({ lcpMs }) => Number.isFinite(lcpMs));
      const sorted = (measured.length > 0 ? measured : pageRuns).toSorted((a, b) => a.lcpMs - b.lcpMs);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      return { ...median, bestLcpMs: sorted[0]!.lcpMs, failures: [...new Set(pageRuns.flatMap(({ failures }) => failures))] };
    });
    return results;
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The results as a Markdown table. */
function resultsTable(results: readonly LighthouseResult[]): string {
  const floor = results.find(({ name }) => name === 'near-empty page')?.bestLcpMs ?? Number.NaN;
  return [
    '| page | performance | accessibility | best practices | SEO | LCP, median | LCP, best | best vs near-empty |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      ({ name, scores, lcpMs, bestLcpMs }) =>
        `| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${lcpMs} ms | ${bestLcpMs} ms | ${(((bestLcpMs - floor) / floor) * 100).toFixed(1)} % |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
  const results = await runLighthouse(resolve('dist'), runs);
  const table = resultsTable(results);
  const notPassed = results.filter(({ failures }) => failures.length > 0).map(({ name, failures }) => `- ${name}: not passed: ${failures.join(', ')}`);
  console.log([table, ...notPassed].join('\n'));
  if (process.argv.includes('--record')) {
    const file = resolve('docs/performance.md');
    const existing = await readFile(file, 'utf8').catch(() => '# Performance\n');
    const section = [
      '## Lighthouse',
      '',
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (emulated phone, simulated slow 4G and 4× CPU slowdown), ${chromiumExecutable() ? 'system Chromium' : "Playwright's Chromium"}, the build served locally (gzipped, with its security headers) by \`npm run lighthouse\`, ${runs} runs per page taking turns, scores from each page's median run; ${new Date().toISOString().slice(0, 10)}. The near-empty page is a one-paragraph HTML page served in the same run: the LCP floor. Pages are compared by their best run: what moves a simulated LCP from run to run here only ever adds to it (a busy moment of the machine; the favicon, which the browser asks for once the page has loaded, finishing from the local server just before the first frame is shown, which the simulation then counts as a round trip before the paint: about 90 ms on any page, the near-empty one included). Measured on a ${cpus().length}-core machine; timings move from run to run, so they are indicative.`,
      '',
      table,
      '',
      ...(notPassed.length > 0 ? ['Scored audits that did not pass:', '', ...notPassed, ''] : []),
    ].join('\n');
    const pattern = /## Lighthouse\n[\s\S]*?(?=\n## |$)/;
    await writeFile(file, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`);
    console.log(`Recorded in ${file}`);
  }
}
