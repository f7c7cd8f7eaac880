import { type PageHead, articleHead } from '../lib/metadata';
import { settings } from '../settings';
import type { Article } from './articles';
import { articleCard } from './cards';

/** An article's head metadata; its page and its redirect stubs share it, so both unfurl the same. */
export function articleHeadOf(article: Article): PageHead {
  const { entry, author, section } = article;
  return articleHead(settings, {
    title: entry.data.title,
    description: article.description,
    path: article.path,
    shortUrl: article.shortUrl,
    publishedAt: entry.data.publishedAt,
    updatedAt: entry.data.updatedAt,
    lang: entry.data.lang,
    author: { id: author.id, ...author.data },
    readingMinutes: article.readingMinutes,
    section: section.data.name,
    tags: entry.data.tags,
    image: articleCard(article),
  });
}
