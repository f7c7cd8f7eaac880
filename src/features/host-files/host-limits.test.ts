import { describe, expect, it } from 'vitest';
import { HOSTS, parseDeployHosts, ruleFileLimits } from './host-limits.ts';

describe('the hosts a site is for', () => {
  it('are every host when unset, or those named, in any case and spacing', () => {
    expect(parseDeployHosts(undefined)).toEqual([...HOSTS]);
    expect(parseDeployHosts(' ')).toEqual([...HOSTS]);
    expect(parseDeployHosts('Netlify, nginx,netlify')).toEqual(['netlify', 'nginx']);
  });

  it('refuses a host it does not know, naming the ones it does', () => {
    expect(() => parseDeployHosts('netlify,heroku')).toThrow(/DEPLOY_HOSTS names heroku; the hosts are netlify, cloudflare/);
  });

  it('cut each rule file to the strictest host that reads it', () => {
    expect(ruleFileLimits(['netlify']).redirects).toEqual({ rules: 10_000, bytes: Infinity });
    expect(ruleFileLimits(['netlify', 'cloudflare', 'gitlab']).redirects).toEqual({ rules: 1_000, bytes: 65_536 });
    expect(ruleFileLimits(['nginx']).redirects).toEqual({ rules: Infinity, bytes: Infinity });
    expect(ruleFileLimits(['vercel', 'apache']).vercel.rules).toBe(1_024);
  });
});
