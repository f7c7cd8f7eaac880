/**
 * Cuts text to at most `maxLength` characters at a word boundary, ending
 * with an ellipsis when anything was cut. Trailing punctuation before the
 * cut is dropped so a summary never ends in ",…".
 */
export function summarise(text: string, maxLength = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const room = clean.slice(0, maxLength); // leaves one character for the ellipsis
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, maxLength - 1);
  return `${cut.replace(/[\s,;:—–-]+$/u, '')}…`;
}
