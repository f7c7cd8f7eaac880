/**
 * A stand-in site with the host files of a generated archive, for tests and
 * benchmarks of real web servers at scale: a front page, one article page
 * and the redirect files of `count` articles (scripts/benchmarks/generated-redirects.ts).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type HostRules, hostFiles } from '../../src/features/host-files/host-files.ts';
import { generatedArticlePath, generatedRedirects } from './generated-redirects.ts';

export interface HostSite {
  distDir: string;
  /** Site path of the article page it holds. */
  articlePath: string;
  remove(): Promise<void>;
}

/** `limits`: what the targeted hosts' rule files hold (src/features/host-files/host-limits.ts); unlimited when absent. */
export async function hostSite(count: number, limits: Pick<HostRules, 'redirectsFileLimit' | 'vercelLimit'> = {}): Promise<HostSite> {
  const distDir = await mkdtemp(join(tmpdir(), 'longread-host-site-'));
  const articlePath = generatedArticlePath(1);
  const page = '<!doctype html><html lang="en"><title>An article</title><p>Words.</p></html>\n';
  await mkdir(join(distDir, articlePath), { recursive: true });
  await mkdir(join(distDir, 's'), { recursive: true });
  await writeFile(join(distDir, 'index.html'), page);
  await writeFile(join(distDir, articlePath, 'index.html'), page);
  // The servers' includes name a security-headers file beside the redirects.
  await writeFile(join(distDir, 'security-headers.conf'), '');
  const redirects = generatedRedirects(count);
  for (const { name, text } of hostFiles({ redirects, shortFolder: '/s/', ...limits })) {
    await mkdir(dirname(join(distDir, name)), { recursive: true });
    await writeFile(join(distDir, name), text);
  }
  // The newest article's short link as a stub page, as a host with no rule for it serves it.
  const stub = redirects.find((redirect) => redirect.kind === 'short link')!.stubPath!;
  await mkdir(join(distDir, stub), { recursive: true });
  await writeFile(join(distDir, stub, 'index.html'), page);
  return { distDir, articlePath, remove: () => rm(distDir, { recursive: true, force: true }) };
}
