import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** A site for nginx and Apache alone: both answer every short link with a 301, so no stub page is written. */
describe('a build for the hosts DEPLOY_HOSTS names', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite();
    result = await site.build({ CI: '', DEPLOY_HOSTS: 'nginx,apache' });
  });

  afterAll(() => site.remove());

  it('reports on those hosts alone', () => {
    expect(result.status, result.output).toBe(0);
    expect(
      result.output
        .split('\n')
        .filter((line) => line.startsWith('On '))
        .map((line) => line.split(':')[0]),
    ).toEqual(['On nginx', 'On Apache']);
  });

  it('writes no stub page where every host answers by rule, and the rules that answer', async () => {
    expect(existsSync(join(site.distDir, 's/t2st5/index.html'))).toBe(false);
    expect(await readFile(join(site.distDir, 's/.htaccess'), 'utf8')).toContain('RedirectMatch 301 ^/s/t2st5/?$ /essays/typography/');
    expect(await readFile(join(site.distDir, 'nginx-redirects-map.conf'), 'utf8')).toContain('"/s/t2st5/" "/essays/typography/";');
  });

  it('refuses a host it does not know, naming the setting', async () => {
    const refused = await site.build({ CI: '', DEPLOY_HOSTS: 'nginx,heroku' });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('DEPLOY_HOSTS names heroku; the hosts are netlify, cloudflare, vercel, gitlab, github, nginx, apache, bucket');
  });
});
