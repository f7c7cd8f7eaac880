import { describe, expect, it } from 'vitest';
import { type ListingPage, listingPagePath, pageParam, pageTitle, paginate } from './pagination.ts';

/** Items 1 (oldest) to n, given newest first as listings are. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, index) => n - index);
const byKey = <T>(pages: ListingPage<T>[]) => new Map(pages.map((page) => [page.key, page]));

/** Every item met going "older" from the first page. */
function walk<T>(pages: ListingPage<T>[]): T[] {
  const pagesByKey = byKey(pages);
  const met: T[] = [];
  for (let page = pagesByKey.get('first'); page; page = page.older === undefined ? undefined : pagesByKey.get(page.older)) met.push(...page.items);
  return met;
}

describe('paginate', () => {
  it('keeps every item on archive pages counted from the oldest, newest first within each', () => {
    const pages = paginate(newestFirst(7), 3);
    expect(pages.map((page) => [page.key, page.items])).toEqual([
      ['first', [7, 6, 5, 4]],
      [1, [3, 2, 1]],
      [2, [6, 5, 4]],
      [3, [7]],
    ]);
  });

  it('shows the newest run on the first page, with the one before while it is not full, and meets each item once going older', () => {
    for (const total of [4, 6, 7, 9, 10, 30, 31, 61]) {
      const pages = paginate(newestFirst(total), 3);
      const first = byKey(pages).get('first')!;
      expect(first.items.length).toBeGreaterThanOrEqual(3);
      expect(first.items.length).toBeLessThan(6);
      expect(walk(pages)).toEqual(newestFirst(total));
    }
  });

  it('links each archive page to the next newer one, or to the first page where that one is shown there', () => {
    const pages = byKey(paginate(newestFirst(10), 3));
    expect([1, 2, 3, 4].map((key) => [pages.get(key)!.newer, pages.get(key)!.older])).toEqual([
      [2, undefined],
      ['first', 1],
      ['first', 2],
      ['first', 3],
    ]);
    expect(pages.get('first')!.older).toBe(2);
  });

  it('changes, when an item is added, only the first page, the newest archive pages and their links', () => {
    for (const total of [9, 10, 11, 30, 31]) {
      const before = byKey(paginate(newestFirst(total), 3));
      const after = byKey(paginate(newestFirst(total + 1), 3));
      const changed = [...after.keys()].filter((key) => JSON.stringify(after.get(key)) !== JSON.stringify(before.get(key)));
      expect(changed.length, `${total}`).toBeLessThanOrEqual(4);
      expect(
        changed.every((key) => key === 'first' || key >= Math.ceil(total / 3) - 2),
        `${total}: ${changed}`,
      ).toBe(true);
    }
  });

  it('has one first page for a listing that fits, and for an empty one', () => {
    expect(paginate(newestFirst(3), 3)).toEqual([{ key: 'first', items: [3, 2, 1] }]);
    expect(paginate([], 20)).toEqual([{ key: 'first', items: [] }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(RangeError);
  });
});

describe('listing page paths', () => {
  it('puts the first page at the listing itself and archive pages under page/<n>/', () => {
    expect(listingPagePath('/', 'first')).toBe('/');
    expect(listingPagePath('/', 1)).toBe('/page/1/');
    expect(listingPagePath('/opinion/', 3)).toBe('/opinion/page/3/');
    expect(pageTitle('Opinion', 'first')).toBe('Opinion');
    expect(pageTitle('Opinion', 3)).toBe('Opinion, page 3');
  });

  it('names the same pages as the rest parameter of a [...page] route', () => {
    expect(pageParam('first')).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
    expect(`/opinion/${pageParam(4)}/`).toBe(listingPagePath('/opinion/', 4));
  });
});
