/** One page of a paginated listing. */
export interface ListingPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has; at least one, so an empty listing still has a page. */
  count: number;
  items: T[];
}

/** Splits items into pages of `perPage`, in order. An empty list makes one empty page. */
export function paginate<T>(items: readonly T[], perPage: number): ListingPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, not ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * perPage, (index + 1) * perPage),
  }));
}

/**
 * Site path of page `number` of a listing whose first page is `listingPath`:
 * page 1 is the listing itself, later pages are `<listing>page/<n>/`.
 */
export function listingPagePath(listingPath: string, number: number): string {
  return number === 1 ? listingPath : `${listingPath}page/${number}/`;
}

/**
 * The rest parameter (`[...page]`) that names page `number` of a listing:
 * `undefined` for the first page, `page/<n>` after it.
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}
