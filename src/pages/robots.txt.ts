import { absoluteUrl } from '../lib/paths.ts';
import { settings } from '../settings.ts';

/** Everything may be crawled; the sitemap lists every page. */
export function GET() {
  const sitemap = absoluteUrl(settings.siteUrl, settings.basePath, '/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
