import source from '../features/sharing/share-quote.js?raw';
import { minifiedScript } from '../features/sharing/minified-script.ts';

const shareQuoteScript = minifiedScript(source);

/**
 * Share quote's script, which the share bar's inline script loads once a
 * reader selects words. Minified here, so its source keeps its comments
 * and readers download under a kilobyte.
 */
export async function GET() {
  return new Response(shareQuoteScript, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
