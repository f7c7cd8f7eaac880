/**
 * Control characters a writer cannot see (a NUL byte pasted with a
 * quote, a form feed from an old word processor) would be published in
 * pages and feeds, where XML forbids them and one makes the whole feed
 * unreadable. Tab, line feed and carriage return are text; the other C0
 * controls and DEL are refused.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this finds.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The first control character of `text`, with its line (from 1) and its code point as `U+0000`; none if it has none. */
export function firstControlCharacter(text: string): { line: number; codePoint: string } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  return { line, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * What to tell the writer of an article file with a control character:
 * its file and line, and the field of the frontmatter it is in (or the
 * body).
 */
export function controlCharacterProblem(file: string, source: string): string | undefined {
  const found = firstControlCharacter(source);
  if (!found) return undefined;
  const lines = source.split('\n');
  const frontmatterEnd = lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') + 1 : 0;
  const field =
    found.line <= frontmatterEnd
      ? (lines
          .slice(0, found.line)
          .reverse()
          .map((line) => /^([A-Za-z][\w-]*):/.exec(line)?.[1])
          .find(Boolean) ?? 'frontmatter')
      : 'body';
  return `${file}:${found.line}: field "${field}": a control character (${found.codePoint}) cannot be published; delete it (it is invisible in most editors: retype the line)`;
}

/** Whether `text` holds no control character: a refinement for the content schemas' text fields. */
export function hasNoControlCharacter(text: string): boolean {
  return !CONTROL_CHARACTER.test(text);
}

/** What the content schemas say of a text field with a control character. */
export const CONTROL_CHARACTER_MESSAGE = 'holds a control character, which cannot be published; delete it (it is invisible in most editors: retype the text)';
