import { describe, expect, it } from 'vitest';
import { contentsEntries } from './contents.ts';

const heading = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('the contents list', () => {
  it('lists the ## headings once there are three', () => {
    const headings = [heading(2, 'One'), heading(3, 'One a'), heading(2, 'Two'), heading(2, 'Three')];
    expect(contentsEntries(headings).map(({ slug }) => slug)).toEqual(['one', 'two', 'three']);
  });

  it('is left out with fewer, however many smaller headings there are', () => {
    expect(contentsEntries([heading(2, 'One'), heading(2, 'Two'), heading(3, 'A'), heading(3, 'B'), heading(4, 'C')])).toEqual([]);
  });
});
