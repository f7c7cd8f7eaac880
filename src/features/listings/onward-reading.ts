/**
 * What a reader is offered at the end of an article: more by its author,
 * and related pieces (sharing a tag, else the section). Computed for the
 * whole archive at once, from groups built in one pass, so the work grows
 * with articles × tags, never with articles × articles
 * (docs/decisions/0024-onward-reading-looks-back.md).
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

/** An article's onward lists, as ids, nearest in time first. */
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

/** The index of the first entry of an ascending list greater than `position`. */
function firstAfter(list: readonly number[], position: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Takes up to `limit` positions from lists in archive order (ascending
 * positions, newest first), nearest to `position` in time: first the
 * pieces published before it, newest of them first (a merge of the
 * lists from just after `position`), then, while room is left, the pieces
 * published after it, earliest first. Skips what `refused` says no to.
 * Each list is walked only as far as the merge needs.
 */
function nearestTo(position: number, lists: readonly (readonly number[])[], limit: number, refused: (position: number) => boolean): number[] {
  const picked: number[] = [];
  const take = (candidate: number) => {
    if (!refused(candidate) && !picked.includes(candidate)) picked.push(candidate);
  };
  const starts = lists.map((list) => firstAfter(list, position));
  // Earlier pieces: each list from its start, smallest position (newest) first.
  const heads = [...starts];
  while (picked.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![heads[i]!];
      if (head !== undefined && (best === -1 || head < lists[best]![heads[best]!]!)) best = i;
    }
    if (best === -1) break;
    take(lists[best]![heads[best]!++]!);
  }
  // Later pieces: each list back from its start, largest position (earliest) first.
  const tails = starts.map((start) => start - 1);
  while (picked.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const tail = lists[i]![tails[i]!];
      if (tail !== undefined && (best === -1 || tail > lists[best]![tails[best]!]!)) best = i;
    }
    if (best === -1) break;
    take(lists[best]![tails[best]!--]!);
  }
  return picked;
}

/**
 * Onward lists for every article of an archive given newest first (ties
 * already broken, so the result is the same every build). "More from" is
 * the author's other pieces nearest in time, those published before it
 * first; "related" is the nearest pieces sharing a tag, then the nearest
 * of the section, never one already in "more from". Neither offers the
 * article itself or another version of the same work. A new article
 * therefore enters only the lists of the few pieces of its groups that had
 * fewer earlier ones than the limit.
 */
export function onwardReading(sources: readonly OnwardSource[], limit: number): Map<string, OnwardLists> {
  const byAuthor = groupPositions(sources, (source) => [source.author]);
  const byTag = groupPositions(sources, (source) => source.tags);
  const bySection = groupPositions(sources, (source) => [source.section]);
  const lists = new Map<string, OnwardLists>();
  sources.forEach((source, position) => {
    const sameWork = (candidate: number) => sources[candidate]!.work === source.work;
    const fromAuthor = nearestTo(position, [byAuthor.get(source.author)!], limit, sameWork);
    const refused = (candidate: number) => sameWork(candidate) || fromAuthor.includes(candidate);
    const related = nearestTo(
      position,
      source.tags.map((tag) => byTag.get(tag)!),
      limit,
      refused,
    );
    const inSection = nearestTo(
      position,
      [bySection.get(source.section)!],
      limit - related.length,
      (candidate) => refused(candidate) || related.includes(candidate),
    );
    related.push(...inSection);
    lists.set(source.id, {
      byAuthor: fromAuthor.map((candidate) => sources[candidate]!.id),
      related: related.map((candidate) => sources[candidate]!.id),
    });
  });
  return lists;
}
