import { describe, expect, it } from 'vitest';
import { buildTime, impossibleDates, implausibleDates } from './calendar-date.ts';

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

describe('buildTime', () => {
  it('takes SOURCE_DATE_EPOCH (seconds) when set, so a build can be pinned in time', () => {
    expect(buildTime('1735689600', () => 0).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('falls back to the clock when unset or not a number', () => {
    expect(buildTime(undefined, () => 86_400_000).toISOString()).toBe('1970-01-02T00:00:00.000Z');
    expect(buildTime('soon', () => 0).getTime()).toBe(0);
  });
});

describe('implausibleDates', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('accepts today, tomorrow (a time zone ahead) and the past', () => {
    expect(implausibleDates({ publishedAt: day('2025-06-02'), updatedAt: day('2025-06-02') }, now)).toEqual([]);
    expect(implausibleDates({ publishedAt: day('1999-01-01') }, now)).toEqual([]);
  });

  it('refuses a date more than a day ahead of the build', () => {
    expect(implausibleDates({ publishedAt: day('2025-06-03') }, now)).toEqual([
      { field: 'publishedAt', problem: '2025-06-03 is in the future; mark the article "draft: true" until it is published' },
    ]);
  });

  it('refuses an update before publication', () => {
    expect(implausibleDates({ publishedAt: day('2025-05-02'), updatedAt: day('2025-05-01') }, now)).toEqual([
      { field: 'updatedAt', problem: '2025-05-01 is before publishedAt 2025-05-02' },
    ]);
  });
});
