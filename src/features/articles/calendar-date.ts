import { ONE_DAY_MS, isoDay } from '../../lib/dates.ts';

/**
 * The frontmatter date fields whose written value is not a real calendar
 * day. YAML reads `2025-13-45` as a date and rolls it over to February
 * 2026, so a mistyped date would publish silently on the wrong day.
 */
export function impossibleDates(rawFrontmatter: string, fields: readonly string[]): { field: string; value: string }[] {
  const problems: { field: string; value: string }[] = [];
  for (const field of fields) {
    const match = new RegExp(`^${field}:\\s*['"]?(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'm').exec(rawFrontmatter);
    if (!match) continue;
    const [written, year, month, day] = match.slice(0, 4).map(String) as [string, string, string, string];
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (isoDay(date) !== `${year}-${month}-${day}`) {
      problems.push({ field, value: written.slice(written.indexOf(year)) });
    }
  }
  return problems;
}

/**
 * The moment a build treats as "now": `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) when set, else the clock. It decides only
 * whether a build is refused, never what a successful build writes.
 */
export function buildTime(sourceDateEpoch: string | undefined, clock: () => number = Date.now): Date {
  const seconds = Number(sourceDateEpoch);
  return sourceDateEpoch && Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date(clock());
}

/**
 * Finds dates that cannot be right for something published: later than
 * the build time plus a day (an article for the future is a draft), or an
 * `updatedAt` before the `publishedAt`.
 */
export function implausibleDates(
  dates: { publishedAt: Date; updatedAt?: Date | undefined },
  now: Date,
): { field: 'publishedAt' | 'updatedAt'; problem: string }[] {
  const problems: { field: 'publishedAt' | 'updatedAt'; problem: string }[] = [];
  // A day of slack, so a date written in a time zone ahead of the build machine is still "today".
  const latest = now.getTime() + ONE_DAY_MS;
  for (const field of ['publishedAt', 'updatedAt'] as const) {
    const date = dates[field];
    if (date && date.getTime() > latest) {
      problems.push({ field, problem: `${isoDay(date)} is in the future; mark the article "draft: true" until it is published` });
    }
  }
  if (dates.updatedAt && dates.updatedAt < dates.publishedAt) {
    problems.push({ field: 'updatedAt', problem: `${isoDay(dates.updatedAt)} is before publishedAt ${isoDay(dates.publishedAt)}` });
  }
  return problems;
}
