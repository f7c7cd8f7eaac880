/**
 * How long real nginx and Apache take to answer an article page and a
 * short link, with the host files of generated archives of growing size
 * (scripts/benchmarks/host-site.ts): the article's time should not grow with the
 * number of short links. Each figure is the median of 200 requests on
 * loopback, one at a time, after 20 not counted.
 *
 * Usage: npm run bench:hosts [-- 1 10000 50000]
 */
import { generatedShortCode } from './generated-redirects.ts';
import { hostSite } from './host-site.ts';
import { type WebServer, serverPort, startApache, startNginx } from '../checks/web-servers.ts';

const REQUESTS = 200;
const WARMUP = 20;

/** Median milliseconds to answer `path` (a redirect is not followed). */
async function medianMilliseconds(server: WebServer, path: string): Promise<number> {
  const url = new URL(path.slice(1), server.url).href;
  const times: number[] = [];
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url, { redirect: 'manual' });
    await response.arrayBuffer();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const sizes = process.argv.slice(2).map(Number);
const counts = sizes.length > 0 ? sizes : [1, 10_000, 50_000];
console.log('server | articles | article page ms | short link ms');
for (const count of counts) {
  const site = await hostSite(count);
  try {
    for (const [name, start] of [
      ['nginx', startNginx],
      ['Apache', startApache],
    ] as const) {
      const server = await start({ distDir: site.distDir, basePath: '/', port: serverPort(31) });
      try {
        const article = await medianMilliseconds(server, site.articlePath);
        const shortLink = await medianMilliseconds(server, `/s/${generatedShortCode(count)}/`);
        console.log(`${name} | ${count} | ${article.toFixed(2)} | ${shortLink.toFixed(2)}`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await site.remove();
  }
}
