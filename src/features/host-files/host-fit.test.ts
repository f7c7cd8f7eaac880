import { describe, expect, it } from 'vitest';
import { type OutputMeasure, hostFit } from './host-fit.ts';

const small: OutputMeasure = {
  files: 120,
  bytes: 3 * 2 ** 20,
  largest: { file: 'pagefind/wasm.en.pagefind', bytes: 60_000 },
  redirects: 40,
  redirectsFile: { rules: 80, bytes: 4_000 },
  vercelRules: 80,
};
const archive: OutputMeasure = {
  files: 49_728,
  bytes: 780 * 2 ** 20,
  largest: { file: 'nginx-redirects-map.conf', bytes: 30 * 2 ** 20 },
  redirects: 13_336,
  redirectsFile: { rules: 1_000, bytes: 50_000 },
  vercelRules: 1_024,
};

describe('the host-fit report', () => {
  it('gives one line per targeted host with files, bytes, the largest file and the rules, against the limits', () => {
    const fits = hostFit(small, ['cloudflare', 'nginx', 'github']);
    expect(fits.map(({ line }) => line)).toEqual([
      'Cloudflare Pages: 120 files (limit 20,000), 3.0 MB, largest pagefind/wasm.en.pagefind 0.1 MB (limit 25.0 MB), 80 redirect rules (limit 2,000)',
      'nginx: 120 files, 3.0 MB, largest pagefind/wasm.en.pagefind 0.1 MB, 40 redirects from a hashed map',
      'GitHub Pages: 120 files, 3.0 MB (limit 1024.0 MB), largest pagefind/wasm.en.pagefind 0.1 MB, 40 redirects by stub page',
    ]);
    expect(fits.flatMap(({ warnings }) => warnings)).toEqual([]);
  });

  it('warns of every limit exceeded, and of redirects left to stub pages', () => {
    const [cloudflare, gitlab, vercel, nginx] = hostFit(archive, ['cloudflare', 'gitlab', 'vercel', 'nginx']);
    expect(cloudflare!.warnings).toEqual([
      'Cloudflare Pages takes 20,000 files; the site has 49,728',
      'Cloudflare Pages takes files of 25.0 MB at most; nginx-redirects-map.conf is 30.0 MB',
      'Cloudflare Pages: 12,836 of 13,336 short links and old addresses answer through their stub pages, not a 301 (docs/deploy.md)',
    ]);
    expect(gitlab!.warnings).toEqual([
      'GitLab Pages: 12,836 of 13,336 short links and old addresses answer through their stub pages, not a 301 (docs/deploy.md)',
    ]);
    expect(vercel!.warnings).toHaveLength(1);
    expect(nginx!.warnings).toEqual([]);
    expect(hostFit({ ...archive, redirectsFile: { rules: 1_200, bytes: 70_000 } }, ['gitlab'])[0]!.warnings).toEqual([
      'GitLab Pages reads 1,000 redirect rules; the site has 1,200',
      'GitLab Pages reads a _redirects file of 65,536 bytes at most; it has 70,000',
      'GitLab Pages: 12,736 of 13,336 short links and old addresses answer through their stub pages, not a 301 (docs/deploy.md)',
    ]);
  });
});
