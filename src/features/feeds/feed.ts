import { escapeHtml } from '../../lib/escape-html.ts';
import { absoluteUrl } from '../../lib/paths.ts';

/** What a feed needs to know about an article. */
export interface FeedSource {
  title: string;
  /** Summary shown by feed readers. */
  description: string;
  /** Site path of the article, without the base path. */
  path: string;
  publishedAt: Date;
  authorName: string;
  tags: readonly string[];
}

/** An item in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
  /** `<dc:creator>` with the author's name (RSS's own `author` wants an e-mail address). */
  customData: string;
}

/** The namespace `dc:creator` needs on the feed's root element. */
export const DUBLIN_CORE_NAMESPACE = { dc: 'http://purl.org/dc/elements/1.1/' };

/** How many of the newest articles a feed carries; readers poll it, older items are on the site. */
export const FEED_LENGTH = 50;

/**
 * A feed item with the article's summary and absolute link (feed readers
 * resolve nothing relative). See docs/decisions/0007-feeds-carry-summaries.md.
 */
export function feedItem(source: FeedSource, siteUrl: string, basePath: string): FeedItem {
  return {
    title: source.title,
    description: source.description,
    link: absoluteUrl(siteUrl, basePath, source.path),
    pubDate: source.publishedAt,
    categories: [...source.tags],
    customData: `<dc:creator>${escapeHtml(source.authorName)}</dc:creator>`,
  };
}
