/**
 * Gives every page of a build its own `<meta>` Content-Security-Policy,
 * with the hashes of its inline blocks, as it is rendered: the policy is
 * in the page's bytes from the start, with no second pass over every page
 * of the archive (docs/decisions/0010-strict-csp-computed-at-build.md).
 * `astro dev` serves pages without one: its own scripts would be refused.
 */
import { defineMiddleware } from 'astro:middleware';
import { withPagePolicy } from './features/security-headers/security-headers.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withPagePolicy(await response.text()), { status: response.status, headers: response.headers });
});
