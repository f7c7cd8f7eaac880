import { publishedArticles } from '../data/articles';
import { siteTagline } from '../data/cards';
import { feedResponse, feedTitle } from '../data/feeds';

export async function GET() {
  return feedResponse({
    title: feedTitle(),
    description: siteTagline,
    listingPath: '/',
    articles: await publishedArticles(),
  });
}
