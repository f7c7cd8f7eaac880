/**
 * Corrections an article carries: checked against its dates, numbered in
 * the order they were made (so a correction keeps its anchor when later
 * ones are added), shown newest first, and gathered for the corrections page.
 */
import { ONE_DAY_MS, isoDay } from '../../lib/dates.ts';

/** A correction as written in the frontmatter. */
export interface Correction {
  date: Date;
  text: string;
}

/** A correction with its place in the order they were made, from 1. */
export interface NumberedCorrection extends Correction {
  number: number;
}

/** Fragment id of a correction on its article's page. */
export function correctionAnchor(correction: NumberedCorrection): string {
  return `correction-${correction.number}`;
}

/** Numbers corrections by date (the frontmatter's order breaking ties), then lists them newest first. */
export function numberedCorrections(corrections: readonly Correction[]): NumberedCorrection[] {
  return corrections
    .map((correction, written) => ({ correction, written }))
    .sort((a, b) => a.correction.date.getTime() - b.correction.date.getTime() || a.written - b.written)
    .map(({ correction }, index) => ({ ...correction, number: index + 1 }))
    .reverse();
}

/** The last time an article changed: its newest correction or its revision date, whichever is later. */
export function lastModified(publishedAt: Date, updatedAt: Date | undefined, corrections: readonly Correction[]): Date {
  const times = [publishedAt, updatedAt, ...corrections.map((correction) => correction.date)]
    .filter((date): date is Date => date !== undefined)
    .map((date) => date.getTime());
  return new Date(Math.max(...times));
}

/** Corrections dated before the article was published, or in the future, with the field to name (`corrections.0.date`). */
export function implausibleCorrections(corrections: readonly Correction[], publishedAt: Date, now: Date): { field: string; problem: string }[] {
  return corrections.flatMap(({ date }, index) => {
    const field = `corrections.${index}.date`;
    if (date < publishedAt) return [{ field, problem: `${isoDay(date)} is before publishedAt ${isoDay(publishedAt)}` }];
    // A day of slack, as for other dates: a correction written ahead of the build machine's time zone is still today.
    if (date.getTime() > now.getTime() + ONE_DAY_MS) return [{ field, problem: `${isoDay(date)} is in the future` }];
    return [];
  });
}

/** Corrected items (articles), newest correction first; ties by the order given. */
export function byNewestCorrection<T extends { corrections: readonly NumberedCorrection[] }>(items: readonly T[]): T[] {
  return items
    .filter((item) => item.corrections.length > 0)
    .map((item, order) => ({ item, order, newest: item.corrections[0]!.date.getTime() }))
    .sort((a, b) => b.newest - a.newest || a.order - b.order)
    .map(({ item }) => item);
}
