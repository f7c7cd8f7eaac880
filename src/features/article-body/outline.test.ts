import { describe, expect, it } from 'vitest';
import { outlineLevels } from './outline.ts';

describe('outlineLevels', () => {
  it('keeps an outline that has no gaps', () => {
    expect(outlineLevels([2, 3, 3, 2, 3])).toEqual([2, 3, 3, 2, 3]);
  });

  it('starts the body at level 2, whatever level the writer started at', () => {
    expect(outlineLevels([3, 3])).toEqual([2, 2]);
    expect(outlineLevels([1, 2])).toEqual([2, 3]);
  });

  it('closes a skipped level: a heading is one under the heading it was written under', () => {
    expect(outlineLevels([2, 4, 4, 2])).toEqual([2, 3, 3, 2]);
    expect(outlineLevels([3, 5, 4, 2, 6])).toEqual([2, 3, 3, 2, 3]);
  });

  it('goes no deeper than level 6', () => {
    expect(outlineLevels([1, 2, 3, 4, 5, 6])).toEqual([2, 3, 4, 5, 6, 6]);
  });
});
