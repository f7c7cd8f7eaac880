import { type RemarkPlugin, unified } from '@astrojs/markdown-remark';
import { defineConfig, sharpImageService } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkSmartypants from 'remark-smartypants';
import { contentLinks } from './src/features/articles/content-links.ts';
import { imagesAmongPages } from './src/features/pictures/images-among-pages.ts';
import { pictureChecks } from './src/features/pictures/picture-check-integration.ts';
import { remarkContentRules } from './src/features/articles/content-rules.ts';
import { buildPaths, settings } from './src/settings.ts';

const outDir = process.env.LONGREAD_OUT_DIR ?? './dist';

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  // Builds pointed at other content (fixtures, benchmarks) write elsewhere.
  outDir,
  cacheDir: buildPaths.cacheDir,
  build: {
    format: 'directory',
    // The whole stylesheet is a couple of kilobytes: one response renders the page.
    inlineStylesheets: 'always',
    // Pages render one at a time by default, and the main thread idles while each
    // is written and its card read: several at once keep it busy (a quarter
    // faster at 1,000 articles, docs/performance.md).
    concurrency: 8,
  },
  image: {
    // AVIF at sharp's default effort (4) took 15 times as long as at 2, and 2 three times as
    // long as 0, for files within a few per cent of each other: with a hero on many articles,
    // encoding is most of a cold build (docs/performance.md).
    service: sharpImageService({ avif: { effort: 0 } }),
  },
  markdown: {
    // For plain Markdown pages; article bodies have a renderer of their own (src/features/article-body/render-body.ts).
    // Astro's default processor runs no remark/rehype plugins; the unified one does.
    processor: unified({
      smartypants: false,
      // remark-smartypants types its tree as a generic Node; Astro expects an mdast Root.
      remarkPlugins: [[remarkContentRules as RemarkPlugin, { components: {} }], remarkSmartypants as RemarkPlugin],
      rehypePlugins: [rehypeSlug],
    }),
  },
  integrations: [
    // Before the content loads: nothing is read through a link that leaves the content folder.
    contentLinks(buildPaths.contentDir),
    // Before the content loads: a bad picture is reported by article and field.
    pictureChecks(buildPaths.contentDir),
    imagesAmongPages(),
  ],
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose code and cache key (src/features/build/route-keys.ts) are unchanged are copied from the last build, not rendered.
    incrementalBuild: true,
  },
});
