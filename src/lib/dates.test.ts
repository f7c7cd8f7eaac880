import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from './dates.ts';

describe('dates', () => {
  const day = new Date('2025-10-20T00:00:00Z');

  it('formats calendar days in UTC whatever the reader’s zone', () => {
    expect(formatDate(day, 'en-US')).toBe('October 20, 2025');
  });

  it('gives the ISO day for datetime attributes', () => {
    expect(isoDay(day)).toBe('2025-10-20');
  });
});
