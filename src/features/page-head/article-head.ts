import { type PageHead, articleHead } from './metadata.ts';
import { settings } from '../../settings.ts';
import type { Article, ArticleQuote } from '../articles/article-queries.ts';
import { articleCard, articleSearchImages, quoteCard } from '../sharing/card-queries.ts';
import { portraitUrl } from '../pictures/portrait-queries.ts';

/**
 * An article's head metadata; its page and its redirect stubs share it, so
 * both unfurl the same. A pull quote's stub unfurls as the quote: its words
 * for the description, its card, its short link.
 */
export async function articleHeadOf(article: Article, quote?: ArticleQuote): Promise<PageHead> {
  const { entry, author, section } = article;
  return articleHead(settings, {
    title: entry.data.title,
    description: quote?.text ?? article.description,
    path: article.path,
    shortUrl: quote?.shortUrl ?? article.shortUrl,
    publishedAt: entry.data.publishedAt,
    updatedAt: entry.data.updatedAt,
    lang: entry.data.lang,
    author: { id: author.id, ...author.data, image: await portraitUrl(author) },
    readingMinutes: article.readingMinutes,
    section: section.data.name,
    tags: entry.data.tags,
    image: quote ? quoteCard(article, quote) : articleCard(article),
    corrections: article.corrections,
    originallyPublished: entry.data.originallyPublished,
    versions: article.versions,
    searchImages: quote ? [] : articleSearchImages(article),
  });
}
