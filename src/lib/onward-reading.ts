/**
 * What a reader is offered at the end of an article: more by its author,
 * and related pieces (sharing a tag, else the section). Computed for the
 * whole archive at once, from groups built in one pass, so the work grows
 * with articles × tags, never with articles × articles
 * (docs/decisions/0016-onward-reading-is-newest-first.md).
 */

/** What ranking needs to know of an article. */
export interface OnwardSource {
  id: string;
  author: string;
  section: string;
  /** Tag slugs. */
  tags: readonly string[];
  /** The work an article is a version of (its original's id, or its own): versions are never offered for each other. */
  work: string;
}

/** An article's onward lists, as ids, newest first. */
export interface OnwardLists {
  byAuthor: string[];
  related: string[];
}

/** Positions in the archive (newest first) grouped by a key, each group in archive order. */
function groupPositions(sources: readonly OnwardSource[], keys: (source: OnwardSource) => readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  sources.forEach((source, position) => {
    for (const key of new Set(keys(source))) {
      const group = groups.get(key);
      if (group) group.push(position);
      else groups.set(key, [position]);
    }
  });
  return groups;
}

/**
 * Takes up to `limit` positions from lists in archive order, newest first
 * across all of them (a merge of their heads), skipping what `refused`
 * says no to. Each list is walked only as far as the merge needs.
 */
function newestOf(lists: readonly (readonly number[])[], limit: number, refused: (position: number) => boolean): number[] {
  const picked: number[] = [];
  const heads = lists.map(() => 0);
  while (picked.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![heads[i]!];
      if (head !== undefined && (best === -1 || head < lists[best]![heads[best]!]!)) best = i;
    }
    if (best === -1) break;
    const position = lists[best]![heads[best]!]!;
    heads[best]!++;
    if (!refused(position) && !picked.includes(position)) picked.push(position);
  }
  return picked;
}

/**
 * Onward lists for every article of an archive given newest first (ties
 * already broken, so the result is the same every build). "More from" is
 * the author's newest other pieces; "related" is the newest pieces sharing
 * a tag, then the newest of the section, never one already in "more from".
 * Neither offers the article itself or another version of the same work.
 */
export function onwardReading(sources: readonly OnwardSource[], limit: number): Map<string, OnwardLists> {
  const byAuthor = groupPositions(sources, (source) => [source.author]);
  const byTag = groupPositions(sources, (source) => source.tags);
  const bySection = groupPositions(sources, (source) => [source.section]);
  const lists = new Map<string, OnwardLists>();
  sources.forEach((source) => {
    const sameWork = (position: number) => sources[position]!.work === source.work;
    const fromAuthor = newestOf([byAuthor.get(source.author)!], limit, sameWork);
    const refused = (position: number) => sameWork(position) || fromAuthor.includes(position);
    const related = newestOf(
      source.tags.map((tag) => byTag.get(tag)!),
      limit,
      refused,
    );
    const inSection = newestOf([bySection.get(source.section)!], limit - related.length, (position) => refused(position) || related.includes(position));
    related.push(...inSection);
    lists.set(source.id, {
      byAuthor: fromAuthor.map((position) => sources[position]!.id),
      related: related.map((position) => sources[position]!.id),
    });
  });
  return lists;
}
