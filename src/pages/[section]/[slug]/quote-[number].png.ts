/** Each pull quote's card, beside its article's card: what its short link unfurls with. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, type ArticleQuote, publishedArticles } from '../../../data/articles';
import { quoteCardPng } from '../../../data/cards';

export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  return articles.flatMap((article) =>
    article.quotes.map((quote) => ({
      params: { section: article.section.id, slug: article.entry.id, number: String(quote.number) },
      props: { article, quote },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; quote: ArticleQuote }> = async ({ props }) =>
  new Response(await quoteCardPng(props.article, props.quote));
