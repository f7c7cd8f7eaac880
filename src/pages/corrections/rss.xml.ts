/** One item per correction, newest first, each linking to the correction on its article. */
import rss from '@astrojs/rss';
import { allCorrections } from '../../features/newsroom/correction-queries.ts';
import { feedTitle } from '../../features/feeds/feed-queries.ts';
import { CORRECTIONS_PATH } from '../../features/newsroom/page-queries.ts';
import { DUBLIN_CORE_NAMESPACE, FEED_LENGTH, feedItem } from '../../features/feeds/feed.ts';
import { absoluteUrl } from '../../lib/paths.ts';
import { settings } from '../../settings.ts';

export async function GET() {
  const corrections = await allCorrections();
  return rss({
    title: feedTitle('Corrections'),
    description: `Corrections to articles of ${settings.publicationName}, the newest first.`,
    site: absoluteUrl(settings.siteUrl, settings.basePath, CORRECTIONS_PATH),
    xmlns: DUBLIN_CORE_NAMESPACE,
    customData: `<language>${settings.locale}</language>`,
    items: corrections.slice(0, FEED_LENGTH).map(({ article, correction, anchor }) =>
      feedItem(
        {
          title: `Correction: ${article.entry.data.title}`,
          description: correction.text,
          path: `${article.path}#${anchor}`,
          publishedAt: correction.date,
          authorName: article.author.data.name,
          tags: article.tags.map((tag) => tag.name),
        },
        settings.siteUrl,
        settings.basePath,
      ),
    ),
  });
}
