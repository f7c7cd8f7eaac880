/**
 * What each static host takes, as its documentation states it: the figures
 * the host files are cut to and the build's report measures against
 * (docs/deploy.md says where each comes from).
 */

/** The hosts a deployer may target (`DEPLOY_HOSTS`). */
export const HOSTS = ['netlify', 'cloudflare', 'vercel', 'gitlab', 'github', 'nginx', 'apache', 'bucket'] as const;
export type Host = (typeof HOSTS)[number];

/** A host's documented limits; a limit the host does not document is absent. */
export interface HostLimits {
  /** The host's name, as the report prints it. */
  name: string;
  /** Redirect rules it reads from the site's files, if it reads any. */
  redirectRules?: number;
  /** The file it reads them from. */
  rulesFile?: 'redirects' | 'vercel' | 'apache' | 'nginx';
  /** Bytes of that file it reads at most. */
  rulesFileBytes?: number;
  /** Files in one deploy. */
  files?: number;
  /** Bytes of one file. */
  fileBytes?: number;
  /** Bytes of the whole site. */
  siteBytes?: number;
}

export const HOST_LIMITS: Record<Host, HostLimits> = {
  // Netlify asks for wildcards or edge functions from 10,000 rules on, and fails a deploy whose rules serialise too large.
  netlify: { name: 'Netlify', redirectRules: 10_000, rulesFile: 'redirects' },
  // Pages: 2,000 static and 100 dynamic redirects; 20,000 files on the free plan (100,000 paid); 25 MiB a file.
  cloudflare: { name: 'Cloudflare Pages', redirectRules: 2_000, rulesFile: 'redirects', files: 20_000, fileBytes: 25 * 2 ** 20 },
  // vercel.json: 1,024 redirects (2,048 routes in all).
  vercel: { name: 'Vercel', redirectRules: 1_024, rulesFile: 'vercel' },
  // GitLab Pages processes no rule at all past 1,000, and reads no _redirects file over 64 KiB.
  gitlab: { name: 'GitLab Pages', redirectRules: 1_000, rulesFile: 'redirects', rulesFileBytes: 64 * 1024 },
  // GitHub Pages: no redirect rules (stub pages answer); a published site of at most 1 GB.
  github: { name: 'GitHub Pages', siteBytes: 1024 ** 3 },
  nginx: { name: 'nginx', rulesFile: 'nginx' },
  apache: { name: 'Apache', rulesFile: 'apache' },
  bucket: { name: 'a bucket' },
};

/** Reads `DEPLOY_HOSTS` (comma-separated): the hosts the build is for; all of them when unset. */
export function parseDeployHosts(value: string | undefined): Host[] {
  if (value === undefined || value.trim() === '') return [...HOSTS];
  const named = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = named.filter((name) => !(HOSTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`DEPLOY_HOSTS names ${unknown.join(', ')}; the hosts are ${HOSTS.join(', ')}`);
  return [...new Set(named)] as Host[];
}

/** What one rule file may hold for the hosts that read it: the strictest of their limits (Infinity where none is documented). */
export interface RuleFileLimit {
  rules: number;
  bytes: number;
}

/** The limits of the `_redirects` file and of `vercel.json` for the given hosts. */
export function ruleFileLimits(hosts: readonly Host[]): { redirects: RuleFileLimit; vercel: RuleFileLimit } {
  const limit = (file: HostLimits['rulesFile']): RuleFileLimit => {
    const readers = hosts.map((host) => HOST_LIMITS[host]).filter((limits) => limits.rulesFile === file);
    return {
      rules: Math.min(Infinity, ...readers.map((limits) => limits.redirectRules ?? Infinity)),
      bytes: Math.min(Infinity, ...readers.map((limits) => limits.rulesFileBytes ?? Infinity)),
    };
  };
  return { redirects: limit('redirects'), vercel: limit('vercel') };
}
