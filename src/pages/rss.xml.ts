import { publishedArticles } from '../data/articles';
import { feedResponse, feedTitle } from '../data/feeds';
import { settings } from '../settings';

export async function GET() {
  return feedResponse({
    title: feedTitle(),
    description: settings.description,
    listingPath: '/',
    articles: await publishedArticles(),
  });
}
