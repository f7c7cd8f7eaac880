/**
 * Listings (the front page, sections, authors, tags, corrections) show
 * their newest items on their first page, and keep every item on archive
 * pages numbered from the oldest: page 1 holds the first items ever
 * published, and a page, once full, keeps its items for good. A new
 * article changes the listing's first page and its newest archive page,
 * not every page after them (docs/decisions/0025-listing-pages-are-numbered-from-the-oldest.md).
 */

/** Which page of a listing: its first page (the newest items), or an archive page by number, from the oldest. */
export type PageKey = 'first' | number;

/** One page of a listing. */
export interface ListingPage<T> {
  key: PageKey;
  /** The page with the items just newer, if any. */
  newer?: PageKey;
  /** The page with the items just older, if any. */
  older?: PageKey;
  /** Newest first. */
  items: T[];
}

/**
 * The pages of a listing whose items are given newest first. Archive pages
 * hold every item in runs of `perPage` counted from the oldest, the newest
 * run partly filled. The first page shows the newest run, and the run
 * before it too while the newest is not full, so it holds `perPage` to
 * twice that less one, and "older" from it goes on to the first run it
 * does not show: no item is met twice. An empty listing has one empty
 * first page.
 */
export function paginate<T>(items: readonly T[], perPage: number): ListingPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, not ${perPage}`);
  const total = items.length;
  if (total <= perPage) return [{ key: 'first', items: [...items] }];
  const count = Math.ceil(total / perPage);
  /** Items of archive page `number`, newest first. */
  const run = (number: number) => items.slice(Math.max(0, total - number * perPage), total - (number - 1) * perPage);
  const newestFull = total % perPage === 0;
  /** The archive pages the first page shows: the newest, and the one before while the newest is not full. */
  const shownFirst = newestFull ? count : count - 1;
  const first: ListingPage<T> = {
    key: 'first',
    ...(shownFirst > 1 ? { older: shownFirst - 1 } : {}),
    items: items.slice(0, total - (shownFirst - 1) * perPage),
  };
  const archive = Array.from({ length: count }, (_, index): ListingPage<T> => {
    const number = index + 1;
    return {
      key: number,
      newer: number + 1 >= shownFirst ? 'first' : number + 1,
      ...(number > 1 ? { older: number - 1 } : {}),
      items: run(number),
    };
  });
  return [first, ...archive];
}

/** Site path of a page of a listing whose first page is `listingPath`: archive pages are `<listing>page/<n>/`. */
export function listingPagePath(listingPath: string, key: PageKey): string {
  return key === 'first' ? listingPath : `${listingPath}page/${key}/`;
}

/** The rest parameter (`[...page]`) that names a page of a listing: `undefined` for the first page, `page/<n>` after it. */
export function pageParam(key: PageKey): string | undefined {
  return key === 'first' ? undefined : `page/${key}`;
}

/** A page's title: the listing's name, and the page's number on an archive page. */
export function pageTitle(heading: string, key: PageKey): string {
  return key === 'first' ? heading : `${heading}, page ${key}`;
}
