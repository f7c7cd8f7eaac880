/** Redirect files for each static host (`_redirects`, `.htaccess`, `vercel.json`, an nginx include). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRedirects } from '../data/redirects';
import { hostFiles } from '../lib/host-files';

export const getStaticPaths = (async () => {
  const files = hostFiles({ redirects: await allRedirects() });
  return files.map(({ name, text }) => ({ params: { hostFile: name }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text);
