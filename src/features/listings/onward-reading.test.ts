import { describe, expect, it } from 'vitest';
import { type OnwardSource, onwardReading } from './onward-reading.ts';

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

  it('offers the author’s other pieces nearest in time, those published before first', () => {
    expect(lists.get('a')!.byAuthor).toEqual(['c', 'f']);
    expect(lists.get('c')!.byAuthor).toEqual(['f', 'a']);
    // The author's first piece has none before it: the earliest after it.
    expect(lists.get('f')!.byAuthor).toEqual(['c', 'a']);
    expect(lists.get('d')!.byAuthor).toEqual([]);
  });

  it('relates the nearest pieces sharing a tag, then the section’s, never one already by the author', () => {
    // Sharing "water", before a: b, f (by ada: in "more from"), g; then the section: d.
    expect(lists.get('a')!.related).toEqual(['b', 'g', 'd']);
    // Sharing "water" or "cities", merged across both tags, each once: before b, f and g (e is ben's); then after it, a.
    expect(lists.get('b')!.related).toEqual(['f', 'g', 'a']);
    // No tags: the section's, before then after.
    expect(lists.get('d')!.related).toEqual(['f', 'a']);
  });

  it('puts a new article in the lists of only the few pieces of its groups with fewer earlier ones than the limit', () => {
    const big = Array.from({ length: 2_000 }, (_, i) => source(`n${i}`, `author${i % 7}`, `section${i % 3}`, [`tag${i % 5}`, `tag${(i * 3) % 11}`]));
    const before = onwardReading(big, 3);
    const after = onwardReading([source('new', 'author1', 'section2', ['tag3', 'tag7']), ...big], 3);
    const changed = [...before.keys()].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)));
    // At most the limit's worth of the oldest pieces in each of its four groups.
    expect(changed.length).toBeLessThanOrEqual(4 * 3);
    expect(after.get('new')!.byAuthor).toHaveLength(3);
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
    expect(one.get('f')).toEqual({ byAuthor: ['c'], related: ['g'] });
  });

  it('does not offer a translation of the same piece as further reading', () => {
    const pair = [source('en', 'ada', 'opinion', ['water']), source('ar', 'ada', 'opinion', ['water'], 'en'), source('other', 'ada', 'opinion', ['water'])];
    const result = onwardReading(pair, 3);
    expect(result.get('en')).toEqual({ byAuthor: ['other'], related: [] });
    expect(result.get('ar')).toEqual({ byAuthor: ['other'], related: [] });
  });

  it('gives the same answer for the same archive', () => {
    expect(onwardReading(archive, 3)).toEqual(lists);
  });

  it('offers every article of a large archive something on both lists', () => {
    const big = Array.from({ length: 10_000 }, (_, i) => source(`n${i}`, `author${i % 7}`, `section${i % 3}`, [`tag${i % 5}`, `tag${(i * 3) % 11}`]));
    const result = onwardReading(big, 3);
    for (const { byAuthor, related } of result.values()) {
      expect(byAuthor).toHaveLength(3);
      expect(related).toHaveLength(3);
    }
  });
});
