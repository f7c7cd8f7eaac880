/** Each article's social card, beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, publishedArticles } from '../../../data/articles';
import { articleCardInput, cardCacheDir } from '../../../data/cards';
import { cachedCard } from '../../../lib/social-card';

export const getStaticPaths = (async () =>
  (await publishedArticles()).map((article) => ({
    params: { section: article.section.id, slug: article.entry.id },
    props: { article },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response((await cachedCard(articleCardInput(props.article), cardCacheDir)).png);
