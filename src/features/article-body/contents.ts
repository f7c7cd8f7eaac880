/** The subheadings an article's contents list links: its `##` headings, when it has at least this many. */
export const CONTENTS_MINIMUM = 3;

/** A heading of the body: its level, anchor and words. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The `##` headings to list, or none when there are too few for a list to help. */
export function contentsEntries<H extends Heading>(headings: readonly H[]): H[] {
  const subheadings = headings.filter((heading) => heading.depth === 2 && heading.slug !== '');
  return subheadings.length >= CONTENTS_MINIMUM ? subheadings : [];
}
