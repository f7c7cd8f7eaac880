import { uiStrings } from '../../lib/i18n.ts';
import { MASTODON_SHARE_PATH, withBase } from '../../lib/paths.ts';
import { settings } from '../../settings.ts';
import type { Article } from '../articles/article-queries.ts';
import { shareLinks } from '../sharing/share-links.ts';
import { fillAuthorNames } from './author-name.ts';
import { cachedBodyHtml } from './body-cache.ts';
import { fillQuoteLinks, quoteLinksHtml } from './quote-links.ts';

/**
 * An article's body as its page shows it: the body the loader rendered,
 * read from the body cache, with the names of the authors it credits
 * filled in from their files and, under each pull quote, its own short
 * link and share links. Pictures are left as the renderer's markers
 * (body-picture.ts) for the page to make responsive.
 */
export function articleBodyHtml({ entry, bodyAuthors, quotes }: Pick<Article, 'entry' | 'bodyAuthors' | 'quotes'>): string {
  const t = uiStrings(entry.data.lang);
  const quoteLinks = (index: number): string => {
    const quote = quotes[index]!;
    return quoteLinksHtml(
      quote,
      t.shareThisQuote,
      shareLinks(quote.shortUrl, entry.data.title, withBase(settings.basePath, MASTODON_SHARE_PATH), `“${quote.text}”`),
    );
  };
  return fillQuoteLinks(
    fillAuthorNames(cachedBodyHtml(String(entry.digest)), (id) => bodyAuthors.get(id)!),
    quoteLinks,
  );
}
