import { publishedArticles } from '../features/articles/article-queries';
import { siteTagline } from '../features/sharing/card-queries';
import { feedResponse, feedTitle } from '../features/feeds/feed-queries';

export async function GET() {
  return feedResponse({
    title: feedTitle(),
    description: siteTagline,
    listingPath: '/',
    articles: await publishedArticles(),
  });
}
