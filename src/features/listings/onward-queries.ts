import { once } from '../../lib/once.ts';
import { onwardReading } from './onward-reading.ts';
import { settings } from '../../settings.ts';
import { type Article, publishedArticles } from '../articles/article-queries.ts';

/** An article's onward lists, as articles. */
export interface Onward {
  byAuthor: Article[];
  related: Article[];
}

/** Onward reading for every published article, ranked once per build (src/features/listings/onward-reading.ts). */
const onwardByArticle = once(async () => {
  const articles = await publishedArticles();
  const byId = new Map(articles.map((article) => [article.entry.id, article]));
  const lists = onwardReading(
    articles.map((article) => ({
      id: article.entry.id,
      author: article.author.id,
      section: article.section.id,
      tags: article.tags.map((tag) => tag.slug),
      work: article.versions.find((version) => version.original)?.id ?? article.entry.id,
    })),
    settings.onwardReadingLength,
  );
  const articlesOf = (ids: string[]) => ids.map((id) => byId.get(id)!);
  return new Map([...lists].map(([id, { byAuthor, related }]) => [id, { byAuthor: articlesOf(byAuthor), related: articlesOf(related) }]));
});

/** What the end of an article offers next. */
export async function onwardFor(article: Article): Promise<Onward> {
  return (await onwardByArticle()).get(article.entry.id) ?? { byAuthor: [], related: [] };
}
