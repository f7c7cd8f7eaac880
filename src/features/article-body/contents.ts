import type { BodyHeading } from './render-body.ts';

/** The subheadings an article's contents list links: its `##` headings, when it has at least this many. */
export const CONTENTS_MINIMUM = 3;

/** The `##` headings to list, or none when there are too few for a list to help. */
export function contentsEntries<H extends BodyHeading>(headings: readonly H[]): H[] {
  const subheadings = headings.filter((heading) => heading.depth === 2 && heading.slug !== '');
  return subheadings.length >= CONTENTS_MINIMUM ? subheadings : [];
}
