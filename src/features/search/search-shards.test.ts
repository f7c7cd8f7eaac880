import { describe, expect, it } from 'vitest';
import { indexedPublication, mergedShards, planShards, searchedPart, shardFolder, shardKey } from './search-shards.ts';

const page = (file: string, publishedAt: string, digest = 'd') => ({ file, publishedAt, digest });

describe('planShards', () => {
  it('cuts the pages into shards of a size, oldest first, ties by file', () => {
    const pages = [
      page('c.html', '2025-03-01'),
      page('a.html', '2025-01-01'),
      page('b2.html', '2025-02-01'),
      page('b1.html', '2025-02-01'),
      page('d.html', '2025-04-01'),
    ];
    expect(planShards(pages, 2).map((shard) => shard.map(({ file }) => file))).toEqual([['a.html', 'b1.html'], ['b2.html', 'c.html'], ['d.html']]);
  });

  it('adds a new article to the newest shard, leaving the others as they were', () => {
    const before = Array.from({ length: 5 }, (_, i) => page(`${i}.html`, `2025-01-0${i + 1}`));
    const after = planShards([...before, page('new.html', '2025-06-01')], 2);
    expect(after.slice(0, 2)).toEqual(planShards(before, 2).slice(0, 2));
    expect(after[2]!.map(({ file }) => file)).toEqual(['4.html', 'new.html']);
  });

  it('keeps what does not fill a shard in runs of binary sizes, so a new article changes only a small last shard, and rarely more', () => {
    const archive = (count: number) => Array.from({ length: count }, (_, i) => page(`${String(i).padStart(5, '0')}.html`, '2025-01-01'));
    expect(planShards(archive(10_000 + 1_000 + 75), 2000).map((shard) => shard.length)).toEqual([2000, 2000, 2000, 2000, 2000, 992, 62, 21]);
    // Units of 31 pages: 1,075 pages are 34 units (1,054 pages, as 992 and 62) and 21 more.
    let changedShards = 0;
    for (let count = 5_000; count < 7_000; count++) {
      const [before, after] = [planShards(archive(count), 2000), planShards(archive(count + 1), 2000)];
      const changed = after.filter((shard, index) => JSON.stringify(shard) !== JSON.stringify(before[index]));
      changedShards += changed.length;
      // What a new article changes beyond the last shard is the runs it completes.
      expect(
        changed.slice(0, -1).every((shard) => shard.length >= 31 || shard.length === 2000),
        `${count}`,
      ).toBe(true);
      // Larger ones only when the last small shard fills a unit (a carry) or the pages fill a shard.
      expect(Math.max(...changed.map((shard) => shard.length)) <= 31 || ((count + 1) % 2000) % 31 === 0, `${count}`).toBe(true);
    }
    // Over 2,000 new articles, about one small shard each, plus the carries.
    expect(changedShards / 2000).toBeLessThan(1.2);
  });

  it('makes one empty shard of no pages, so the search page always has an index', () => {
    expect(planShards([], 2)).toEqual([[]]);
  });
});

describe('shardKey', () => {
  it('is the same for the same pages read alike, and changes with a page, its reading or the indexer', () => {
    const shard = [page('a.html', '2025-01-01', 'x'), page('b.html', '2025-01-02', 'y')];
    expect(shardKey(shard, '1.5.2')).toBe(
      shardKey(
        shard.map((each) => ({ ...each })),
        '1.5.2',
      ),
    );
    expect(shardKey([shard[0]!, { ...shard[1]!, digest: 'z' }], '1.5.2')).not.toBe(shardKey(shard, '1.5.2'));
    expect(shardKey([shard[0]!, { ...shard[1]!, file: 'c.html' }], '1.5.2')).not.toBe(shardKey(shard, '1.5.2'));
    expect(shardKey(shard, '1.6.0')).not.toBe(shardKey(shard, '1.5.2'));
  });
});

describe('shard folders', () => {
  it('keeps the first in Pagefind’s own folder and lists the others for merging', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind/shards/2', 'pagefind/shards/3']);
    expect(mergedShards(3)).toEqual(['shards/2/', 'shards/3/']);
    expect(mergedShards(1)).toEqual([]);
  });
});

describe('indexedPublication', () => {
  it('reads the publication time of a page whose body is indexed, and nothing of other pages', () => {
    const article = '<meta property="article:published_time" content="2025-10-20T00:00:00.000Z"><article data-pagefind-body>';
    expect(indexedPublication(article)).toBe('2025-10-20T00:00:00.000Z');
    expect(indexedPublication('<main><h1>Topics</h1></main>')).toBeUndefined();
  });
});

describe('searchedPart', () => {
  const article = (onward: string) =>
    `<html lang="en"><head><title>T</title></head><body><article data-pagefind-body><h1>T</h1><p>Words.</p>` +
    `<footer class="story-footer" data-pagefind-ignore><div><footer>Inner</footer></div><nav>${onward}</nav></footer><p>After.</p></article></body></html>`;

  it('leaves out ignored elements, nested ones of the same name included, and keeps what follows them', () => {
    const part = searchedPart(article('<a href="/a/">A</a>'));
    expect(part).toBe(
      '<html lang="en"><head><title>T</title></head><body><article data-pagefind-body><h1>T</h1><p>Words.</p><p>After.</p></article></body></html>',
    );
  });

  it('is the same for pages that differ only inside ignored elements, and differs when the indexed words do', () => {
    expect(searchedPart(article('<a href="/a/">A</a>'))).toBe(searchedPart(article('<a href="/b/">B</a>')));
    expect(searchedPart(article('x'))).not.toBe(searchedPart(article('x').replace('Words.', 'Other words.')));
  });

  it('keeps the metadata and filter attributes Pagefind reads even inside ignored elements', () => {
    const tagged = (tag: string) => `<div data-pagefind-ignore><span data-pagefind-filter="${tag}">x</span></div><p>Words</p>`;
    expect(searchedPart(tagged('tag:a'))).not.toBe(searchedPart(tagged('tag:b')));
    expect(searchedPart(tagged('tag:a'))).toContain('data-pagefind-filter="tag:a"');
  });

  it('does not take a longer tag name for the ignored element', () => {
    expect(searchedPart('<a data-pagefind-ignore><abbr>x</abbr></a><p>kept</p>')).toBe('<p>kept</p>');
  });
});
