/**
 * The bare render `npm run bench` compares the site with: the same MDX
 * bodies through the same Markdown processor, each into a minimal page,
 * and nothing else (no layout, listings, feeds, sitemap or search).
 */
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import site from '../../astro.config';

export default defineConfig({
  outDir: process.env.LONGREAD_OUT_DIR ?? './dist',
  cacheDir: process.env.LONGREAD_CACHE_DIR ?? './node_modules/.astro',
  markdown: site.markdown,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
