/**
 * The items, with those `picked` spread evenly among the others; each
 * group keeps its own order. Among 2 picked and 4 others: p o o p o o.
 */
export function interleave<T>(items: readonly T[], picked: (item: T) => boolean): T[] {
  const chosen: T[] = [];
  const others: T[] = [];
  for (const item of items) (picked(item) ? chosen : others).push(item);
  const result: T[] = [];
  let c = 0;
  let o = 0;
  while (c < chosen.length || o < others.length) {
    // The group that is further behind its share of the whole goes next.
    if (o === others.length || (c < chosen.length && c * others.length <= o * chosen.length)) result.push(chosen[c++]!);
    else result.push(others[o++]!);
  }
  return result;
}
