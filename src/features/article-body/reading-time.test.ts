import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
  it('rounds to whole minutes at the given speed', () => {
    expect(readingMinutes(['word '.repeat(460)], 230)).toBe(2);
    expect(readingMinutes(['word '.repeat(600)], 230)).toBe(3);
  });

  it('is at least one minute', () => {
    expect(readingMinutes(['Brief.'])).toBe(1);
    expect(readingMinutes([])).toBe(1);
  });
});
