/** The social card of each article without a hero, beside its page; one with a hero shares its photo ([preview].jpg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, publishedArticles } from '../../../features/articles/article-queries.ts';
import { articleCardPng } from '../../../features/sharing/card-queries.ts';
import { heroPhoto } from '../../../features/pictures/hero-queries.ts';
import { cardKey } from '../../../features/build/route-keys.ts';

export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  return Promise.all(
    articles
      .filter((article) => !heroPhoto(article))
      .map(async (article) => ({
        params: { section: article.section.id, slug: article.entry.id },
        props: { article },
        cacheKey: await cardKey(article),
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => new Response(await articleCardPng(props.article));
