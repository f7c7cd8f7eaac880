import rss from '@astrojs/rss';
import { DUBLIN_CORE_NAMESPACE, FEED_LENGTH, feedItem } from './feed.ts';
import { documentTitle } from '../page-head/metadata.ts';
import { absoluteUrl } from '../../lib/paths.ts';
import { settings } from '../../settings.ts';
import type { Article } from '../articles/article-queries.ts';

/** An RSS response for a listing: its newest articles, each with its summary and absolute link. */
export function feedResponse(feed: { title: string; description: string; listingPath: string; articles: readonly Article[] }) {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(settings.siteUrl, settings.basePath, feed.listingPath),
    xmlns: DUBLIN_CORE_NAMESPACE,
    customData: `<language>${settings.locale}</language>`,
    items: feed.articles.slice(0, FEED_LENGTH).map((article) =>
      feedItem(
        {
          title: article.entry.data.title,
          description: article.description,
          path: article.path,
          publishedAt: article.entry.data.publishedAt,
          authorName: article.author.data.name,
          tags: article.tags.map((tag) => tag.name),
        },
        settings.siteUrl,
        settings.basePath,
      ),
    ),
  });
}

/** The title feed readers show for the site's feed, a section's or an author's. */
export function feedTitle(name?: string): string {
  return documentTitle(settings, name ?? settings.publicationName);
}
