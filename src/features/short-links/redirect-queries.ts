import { getCollection } from 'astro:content';
import { once } from '../../lib/once.ts';
import type { HostRules } from '../host-files/host-files.ts';
import { ruleFileLimits } from '../host-files/host-limits.ts';
import { shortLinkFolder, siteRedirects } from './redirects.ts';
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

/** What the host files are written from: every redirect, the short links' folder, and what the targeted hosts' rule files hold. */
export const hostRules = once(async (): Promise<HostRules> => {
  const limits = ruleFileLimits(settings.deployHosts);
  return { redirects: await allRedirects(), shortFolder: shortLinkFolder(settings), redirectsFileLimit: limits.redirects, vercelLimit: limits.vercel };
});
