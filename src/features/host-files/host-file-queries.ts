import { once } from '../../lib/once.ts';
import { settings } from '../../settings.ts';
import { allRedirects } from '../short-links/redirect-queries.ts';
import { shortLinkFolder } from '../short-links/redirects.ts';
import type { HostRules } from './host-files.ts';
import { ruleFileLimits } from './host-limits.ts';

/** What the host files are written from: every redirect, the short links' folder, and what the targeted hosts' rule files hold. */
export const hostRules = once(async (): Promise<HostRules> => {
  const limits = ruleFileLimits(settings.deployHosts);
  return { redirects: await allRedirects(), shortFolder: shortLinkFolder(settings), redirectsFileLimit: limits.redirects, vercelLimit: limits.vercel };
});
