/**
 * Dates in content are calendar days (YAML `2025-10-20` parses as UTC
 * midnight), so they are formatted in UTC: a reader in another time zone
 * must see the day the author wrote.
 */
export function formatDate(date: Date, lang: string): string {
  return dateFormat(lang).format(date);
}

/** One formatter per language: making one costs far more than using it, and listings format thousands of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

/** A day, in milliseconds. */
export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of a calendar date, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
