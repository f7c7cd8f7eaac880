import { describe, expect, it } from 'vitest';
import { listingPagePath, pageParam, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  it('splits items into full pages and a last partial one, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('makes no empty last page when the items divide evenly', () => {
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
  });

  it('keeps one empty page for an empty listing', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(RangeError);
  });
});

describe('listing page paths', () => {
  it('puts page 1 at the listing itself and later pages under page/<n>/', () => {
    expect(listingPagePath('/', 1)).toBe('/');
    expect(listingPagePath('/', 2)).toBe('/page/2/');
    expect(listingPagePath('/opinion/', 3)).toBe('/opinion/page/3/');
  });

  it('names the same pages as the rest parameter of a [...page] route', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
    expect(`/opinion/${pageParam(4)}/`).toBe(listingPagePath('/opinion/', 4));
  });
});
