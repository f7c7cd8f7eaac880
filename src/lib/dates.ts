/**
 * Dates in content are calendar days (YAML `2025-10-20` parses as UTC
 * midnight), so they are formatted in UTC: a reader in another time zone
 * must see the day the author wrote.
 */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `YYYY-MM-DD` of a calendar date, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
