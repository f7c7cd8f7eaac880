import { transform } from 'esbuild';
import source from '../components/share-quote.js?raw';

/**
 * Share quote's script, which the share bar's inline script loads once a
 * reader selects words. Minified here, so its source keeps its comments
 * and readers download under a kilobyte.
 */
export async function GET() {
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
