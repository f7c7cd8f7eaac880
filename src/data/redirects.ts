import { once } from '../lib/once';
import { siteRedirects } from '../lib/redirects';
import { settings } from '../settings';
import { publishedArticles } from './articles';

/** Every redirect of the site: short links (of articles and their quotes) and old paths of published articles. Built once per build. */
export const allRedirects = once(() =>
  publishedArticles().then((articles) =>
    siteRedirects(
      settings,
      articles.map((article) => ({
        id: article.entry.id,
        path: article.path,
        shortUrl: article.shortUrl,
        redirectFrom: article.entry.data.redirectFrom,
        quotes: article.quotes,
        file: article.file,
      })),
    ),
  ),
);
