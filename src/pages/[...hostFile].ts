/** Redirect files for each static host (`_redirects`, Apache's `.htaccess` files, `vercel.json`, nginx's includes). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRedirects } from '../data/redirects';
import { hostFiles } from '../lib/host-files';
import { ruleFileLimits } from '../lib/host-limits';
import { shortLinkFolder } from '../lib/redirects';
import { settings } from '../settings';

export const getStaticPaths = (async () => {
  const limits = ruleFileLimits(settings.deployHosts);
  const files = hostFiles({
    redirects: await allRedirects(),
    shortFolder: shortLinkFolder(settings),
    redirectsFileLimit: limits.redirects,
    vercelLimit: limits.vercel,
  });
  return files.map(({ name, text }) => ({ params: { hostFile: name }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text);
