import { getCollection } from 'astro:content';
import { once } from '../../lib/once.ts';
import { siteRedirects } from './redirects.ts';
import { settings } from '../../settings.ts';
import { publishedArticles } from '../articles/article-queries.ts';

/**
 * Every redirect of the site: short links (of articles and their quotes)
 * and old paths of published articles, each checked against every address
 * the site publishes. Built once per build.
 */
export const allRedirects = once(async () => {
  const [articles, sections, pages] = await Promise.all([publishedArticles(), getCollection('sections'), getCollection('pages')]);
  const owner = ({ id, filePath }: { id: string; filePath?: string | undefined }, folder: string) => ({ id, file: filePath ?? `${folder}/${id}` });
  return siteRedirects(
    settings,
    articles.map((article) => ({
      id: article.entry.id,
      path: article.path,
      shortUrl: article.shortUrl,
      redirectFrom: article.entry.data.redirectFrom,
      quotes: article.quotes,
      file: article.file,
    })),
    { sections: sections.map((section) => owner(section, 'sections')), pages: pages.map((page) => owner(page, 'pages')) },
  );
});
