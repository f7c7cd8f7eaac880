/**
 * What an article's social card shows. The card routes and the metadata
 * that names each card both map an article to its card here, so they
 * agree on each card's cache key (src/features/sharing/social-card.ts).
 */
import { textDirection } from '../../lib/i18n.ts';
import type { CardInput } from './social-card.ts';

/** An article's card: its headline, section, author and the publication, in the article's direction. */
export function articleCardInput(article: { title: string; lang: string }, names: { section: string; author: string; publication: string }): CardInput {
  return {
    title: article.title,
    kicker: names.section,
    byline: names.author,
    publication: names.publication,
    dir: textDirection(article.lang),
  };
}
