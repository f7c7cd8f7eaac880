import { getCollection } from 'astro:content';
import { once } from '../../lib/once.ts';
import { paginate, pageParam } from './pagination.ts';
import { settings } from '../../settings.ts';
import { type Article, type Tag, publishedArticles } from '../articles/article-queries.ts';
import { listingKey } from '../build/route-keys.ts';

/** Published articles grouped by a key, newest first within each group. */
function groupBy(articles: readonly Article[], keys: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of new Set(keys(article))) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/** Every section, with its published articles (possibly none). */
export const sectionsWithArticles = once(async () => {
  const [sections, articles] = await Promise.all([getCollection('sections'), publishedArticles()]);
  const bySection = groupBy(articles, (article) => [article.section.id]);
  return sections.map((section) => ({ section, articles: bySection.get(section.id) ?? [] }));
});

/** Every author, with their published articles (possibly none). */
export const authorsWithArticles = once(async () => {
  const [authors, articles] = await Promise.all([getCollection('authors'), publishedArticles()]);
  const byAuthor = groupBy(articles, (article) => [article.author.id]);
  return authors.map((author) => ({ author, articles: byAuthor.get(author.id) ?? [] }));
});

/**
 * Every tag of a published article, with its articles. Spellings that slug
 * alike share one page, named as the newest article spells it.
 */
export const tagsWithArticles = once(async () => {
  const articles = await publishedArticles();
  const bySlug = groupBy(articles, (article) => article.tags.map((tag) => tag.slug));
  return [...bySlug].map(([slug, tagged]) => {
    const tag: Tag = tagged[0]!.tags.find((candidate) => candidate.slug === slug)!;
    return { tag, articles: tagged };
  });
});

/**
 * `getStaticPaths` entries for a paginated listing: one per page, with the
 * listing's own props beside the page's articles, and the page's cache key.
 */
export async function listingPaths<P extends Record<string, string>, Extra extends object>(params: P, articles: readonly Article[], extra: Extra) {
  return Promise.all(
    paginate(articles, settings.articlesPerPage).map(async (page) => ({
      params: { ...params, page: pageParam(page.key) },
      props: { ...extra, page },
      cacheKey: await listingKey({ params, extra }, page),
    })),
  );
}
