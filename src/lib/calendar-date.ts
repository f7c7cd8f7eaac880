/**
 * YAML reads `2025-13-45` as a date and rolls it over to February 2026, so
 * a mistyped date would publish silently on the wrong day. This finds
 * frontmatter date fields whose written value is not a real calendar day.
 */
export function impossibleDates(rawFrontmatter: string, fields: readonly string[]): { field: string; value: string }[] {
  const problems: { field: string; value: string }[] = [];
  for (const field of fields) {
    const match = new RegExp(`^${field}:\\s*['"]?(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'm').exec(rawFrontmatter);
    if (!match) continue;
    const [written, year, month, day] = match.slice(0, 4).map(String) as [string, string, string, string];
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const roundTrip = date.toISOString().slice(0, 10);
    if (roundTrip !== `${year}-${month}-${day}`) {
      problems.push({ field, value: written.slice(written.indexOf(year)) });
    }
  }
  return problems;
}
