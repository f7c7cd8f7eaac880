import { describe, expect, it } from 'vitest';
import { feedItem } from './feed.ts';

const source = {
  title: 'A headline',
  description: 'The summary.',
  path: '/opinion/a-headline/',
  publishedAt: new Date('2025-10-20T00:00:00Z'),
  authorName: 'Ann & Bo <Co>',
  tags: ['Pakistan'],
};

describe('feedItem', () => {
  it('links to the article with an absolute URL under the base path', () => {
    expect(feedItem(source, 'https://example.org', '/news/').link).toBe('https://example.org/news/opinion/a-headline/');
  });

  it('carries the summary, date and tags', () => {
    const item = feedItem(source, 'https://example.org', '/');
    expect(item).toMatchObject({ title: 'A headline', description: 'The summary.', categories: ['Pakistan'] });
    expect(item.pubDate.toISOString()).toBe('2025-10-20T00:00:00.000Z');
  });

  it('names the author in dc:creator, escaped', () => {
    expect(feedItem(source, 'https://example.org', '/').customData).toBe('<dc:creator>Ann &amp; Bo &lt;Co&gt;</dc:creator>');
  });
});
