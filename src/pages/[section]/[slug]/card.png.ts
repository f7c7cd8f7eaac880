/** Each article's social card, beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, publishedArticles } from '../../../data/articles';
import { articleCardPng } from '../../../data/cards';

export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  return articles.map((article) => ({
    params: { section: article.section.id, slug: article.entry.id },
    props: { article },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => new Response(await articleCardPng(props.article));
