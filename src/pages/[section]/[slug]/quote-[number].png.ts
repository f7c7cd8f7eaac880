/** Each pull quote's card, beside its article's card: what its short link unfurls with. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, type ArticleQuote, publishedArticles } from '../../../features/articles/article-queries.ts';
import { quoteCardPng } from '../../../features/sharing/card-queries.ts';
import { cardKey } from '../../../features/build/route-keys.ts';

export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  const paths = await Promise.all(
    articles.map(async (article) => {
      const key = await cardKey(article);
      return article.quotes.map((quote) => ({
        params: { section: article.section.id, slug: article.entry.id, number: String(quote.number) },
        props: { article, quote },
        cacheKey: key,
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; quote: ArticleQuote }> = async ({ props }) => new Response(await quoteCardPng(props.article, props.quote));
