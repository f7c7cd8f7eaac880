import mdx from '@astrojs/mdx';
import { type RemarkPlugin, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkSmartypants from 'remark-smartypants';
import { securityHeaders } from './src/integrations/security-headers';
import { ARTICLE_COMPONENTS } from './src/lib/article-components';
import { remarkContentRules } from './src/lib/content-rules';
import { settings } from './src/settings';

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  // Builds pointed at other content (fixtures, benchmarks) write elsewhere.
  outDir: process.env.LONGREAD_OUT_DIR ?? './dist',
  cacheDir: process.env.LONGREAD_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // The whole stylesheet is a couple of kilobytes: one response renders the page.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Astro's default processor runs no remark/rehype plugins; the unified one does.
    processor: unified({
      smartypants: false,
      // remark-smartypants types its tree as a generic Node; Astro expects an mdast Root.
      remarkPlugins: [
        [remarkContentRules as RemarkPlugin, { components: ARTICLE_COMPONENTS }],
        remarkSmartypants as RemarkPlugin,
      ],
      rehypePlugins: [rehypeSlug],
    }),
  },
  // Security headers last: it hashes the pages as every other step left them.
  integrations: [mdx(), securityHeaders(settings.basePath)],
  devToolbar: { enabled: false },
});
