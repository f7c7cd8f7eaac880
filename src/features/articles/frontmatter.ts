/**
 * Frontmatter read straight from a content file's text, as the picture
 * checks need it: they run before Astro loads the content. Forgiving:
 * what does not parse is absent, and the content schemas report it.
 */
import { parse } from 'yaml';

/** A YAML (or JSON) document as an object; undefined when it does not parse to one. */
export function parseRecord(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The frontmatter of an MDX source, between its `---` lines; undefined without one. */
export function frontmatterOf(source: string): Record<string, unknown> | undefined {
  return parseRecord(/^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source)?.[1] ?? '');
}

/** A trimmed, non-empty string field, as the content schemas accept it. */
export function text(record: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = record?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The hero's file as written in the frontmatter, if the article has one. */
export function heroSource(frontmatter: Record<string, unknown>): string | undefined {
  const hero = frontmatter.hero;
  return typeof hero === 'object' && hero !== null ? text(hero as Record<string, unknown>, 'src') : undefined;
}
