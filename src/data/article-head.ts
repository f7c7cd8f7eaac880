import { type PageHead, articleHead } from '../lib/metadata';
import { settings } from '../settings';
import type { Article } from './articles';
import { articleCard, articleSearchImages } from './cards';
import { portraitUrl } from './portraits';

/** An article's head metadata; its page and its redirect stubs share it, so both unfurl the same. */
export async function articleHeadOf(article: Article): Promise<PageHead> {
  const { entry, author, section } = article;
  return articleHead(settings, {
    title: entry.data.title,
    description: article.description,
    path: article.path,
    shortUrl: article.shortUrl,
    publishedAt: entry.data.publishedAt,
    updatedAt: entry.data.updatedAt,
    lang: entry.data.lang,
    author: { id: author.id, ...author.data, image: await portraitUrl(author) },
    readingMinutes: article.readingMinutes,
    section: section.data.name,
    tags: entry.data.tags,
    image: articleCard(article),
    corrections: article.corrections,
    originallyPublished: entry.data.originallyPublished,
    versions: article.versions,
    searchImages: articleSearchImages(article),
  });
}
