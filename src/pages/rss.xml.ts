import { publishedArticles } from '../features/articles/article-queries.ts';
import { feedResponse, feedTitle } from '../features/feeds/feed-queries.ts';
import { settings } from '../settings.ts';

export async function GET() {
  return feedResponse({
    title: feedTitle(),
    description: settings.tagline,
    listingPath: '/',
    articles: await publishedArticles(),
  });
}
