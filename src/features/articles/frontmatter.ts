/**
 * Frontmatter read straight from a content file's text: by the articles'
 * loader and renderer, by the picture checks (they run before Astro loads
 * the content) and by the authoring scripts. The forgiving readers leave
 * out what does not parse, and the content schemas report it.
 */
import { parse } from 'yaml';

/** Frontmatter as Astro's MDX support finds it: YAML between `---` lines at the top, after any byte-order mark or blank lines. */
const FRONTMATTER = /^(\uFEFF?\s*---\r?\n)([\s\S]*?\r?\n)?---(?=\r?\n|$)/;

/** A YAML (or JSON) document's value; throws when it does not parse. */
function parseYaml(text: string): unknown {
  // As js-yaml, Astro's own YAML reader, reads it: `2025-10-20` is a Date (midnight UTC), not text, and `<<` merges.
  return parse(text, { customTags: ['timestamp'], merge: true });
}

/** A YAML mapping as an object; undefined for any other value. */
function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A YAML (or JSON) document as an object; undefined when it does not parse to one. */
export function parseRecord(text: string): Record<string, unknown> | undefined {
  try {
    return recordOf(parseYaml(text));
  } catch {
    return undefined;
  }
}

/** The frontmatter at the top of an MDX source. */
export interface Frontmatter {
  /** Its fields (none when the YAML is not a mapping). */
  data: Record<string, unknown>;
  /** The YAML as written, between the `---` lines. */
  yaml: string;
  /** Where it ends in the source: just after its closing `---`. */
  end: number;
}

/** The frontmatter of an MDX source; undefined without one. Throws when its YAML does not parse. */
export function readFrontmatter(source: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const yaml = match[2] ?? '';
  return { data: recordOf(parseYaml(yaml)) ?? {}, yaml, end: match[0].length };
}

/** The frontmatter's fields of an MDX source; undefined without one, or when it does not parse. */
export function frontmatterOf(source: string): Record<string, unknown> | undefined {
  try {
    return readFrontmatter(source)?.data;
  } catch {
    return undefined;
  }
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
