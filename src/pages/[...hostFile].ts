/** Redirect files for each static host (`_redirects`, Apache's `.htaccess` files, `vercel.json`, nginx's includes). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hostRules } from '../features/host-files/host-file-queries.ts';
import { hostFiles } from '../features/host-files/host-files.ts';

export const getStaticPaths = (async () => {
  const files = hostFiles(await hostRules());
  return files.map(({ name, text }) => ({ params: { hostFile: name }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text);
