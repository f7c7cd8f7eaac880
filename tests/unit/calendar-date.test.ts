import { describe, expect, it } from 'vitest';
import { impossibleDates } from '../../src/lib/calendar-date';

describe('impossibleDates', () => {
  it('accepts real calendar days, quoted or not, with comments after them', () => {
    const raw = 'title: x\npublishedAt: 2024-02-29 # leap day\nupdatedAt: "2025-10-20"\n';
    expect(impossibleDates(raw, ['publishedAt', 'updatedAt'])).toEqual([]);
  });

  it('names each field whose day does not exist', () => {
    const raw = 'publishedAt: 2025-13-45\nupdatedAt: 2025-02-29\n';
    expect(impossibleDates(raw, ['publishedAt', 'updatedAt'])).toEqual([
      { field: 'publishedAt', value: '2025-13-45' },
      { field: 'updatedAt', value: '2025-02-29' },
    ]);
  });

  it('ignores fields that are absent', () => {
    expect(impossibleDates('title: x\n', ['publishedAt'])).toEqual([]);
  });
});
