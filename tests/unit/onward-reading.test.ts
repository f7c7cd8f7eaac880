import { describe, expect, it } from 'vitest';
import { type OnwardSource, onwardReading } from '../../src/lib/onward-reading';

/** An archive, newest first: `a` is the newest. */
const source = (id: string, author: string, section: string, tags: string[], work = id): OnwardSource => ({
  id,
  author,
  section,
  tags,
  work,
});

describe('onward reading', () => {
  const archive = [
    source('a', 'ada', 'opinion', ['water']),
    source('b', 'ben', 'world', ['water', 'cities']),
    source('c', 'ada', 'world', ['energy']),
    source('d', 'cy', 'opinion', []),
    source('e', 'ben', 'world', ['cities']),
    source('f', 'ada', 'opinion', ['water']),
    source('g', 'dee', 'culture', ['water']),
  ];
  const lists = onwardReading(archive, 3);

  it('offers the author’s newest other pieces', () => {
    expect(lists.get('a')!.byAuthor).toEqual(['c', 'f']);
    expect(lists.get('f')!.byAuthor).toEqual(['a', 'c']);
    expect(lists.get('d')!.byAuthor).toEqual([]);
  });

  it('relates pieces sharing a tag, newest first, then the section’s, never one already by the author', () => {
    // Sharing "water": b, f (by ada: in "more from"), g; then the section: d.
    expect(lists.get('a')!.related).toEqual(['b', 'g', 'd']);
    // Sharing "water" or "cities", merged newest first across both tags, each once.
    expect(lists.get('b')!.related).toEqual(['a', 'f', 'g']);
    // No tags: the section's newest.
    expect(lists.get('d')!.related).toEqual(['a', 'f']);
  });

  it('never offers the article itself, and nothing in both lists', () => {
    for (const [id, { byAuthor, related }] of lists) {
      expect(byAuthor).not.toContain(id);
      expect(related).not.toContain(id);
      expect(byAuthor.filter((other) => related.includes(other))).toEqual([]);
    }
  });

  it('takes at most the limit', () => {
    const one = onwardReading(archive, 1);
    for (const { byAuthor, related } of one.values()) {
      expect(byAuthor.length).toBeLessThanOrEqual(1);
      expect(related.length).toBeLessThanOrEqual(1);
    }
    expect(one.get('a')).toEqual({ byAuthor: ['c'], related: ['b'] });
  });

  it('does not offer a translation of the same piece as further reading', () => {
    const pair = [
      source('en', 'ada', 'opinion', ['water']),
      source('ar', 'ada', 'opinion', ['water'], 'en'),
      source('other', 'ada', 'opinion', ['water']),
    ];
    const result = onwardReading(pair, 3);
    expect(result.get('en')).toEqual({ byAuthor: ['other'], related: [] });
    expect(result.get('ar')).toEqual({ byAuthor: ['other'], related: [] });
  });

  it('gives the same answer for the same archive', () => {
    expect(onwardReading(archive, 3)).toEqual(lists);
  });

  it('offers every article of a large archive something on both lists', () => {
    const big = Array.from({ length: 10_000 }, (_, i) =>
      source(`n${i}`, `author${i % 7}`, `section${i % 3}`, [`tag${i % 5}`, `tag${(i * 3) % 11}`]),
    );
    const result = onwardReading(big, 3);
    for (const { byAuthor, related } of result.values()) {
      expect(byAuthor).toHaveLength(3);
      expect(related).toHaveLength(3);
    }
  });
});
