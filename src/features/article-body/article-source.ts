/**
 * An article file split as Astro's own MDX support splits it: YAML
 * frontmatter between `---` lines, then the body. The body keeps the
 * frontmatter's lines as blank ones, so every line a message names is the
 * line of the file.
 */
import { load } from 'js-yaml';

const FRONTMATTER = /^(\uFEFF?\s*---\r?\n)([\s\S]*?\r?\n)?---(?=\r?\n|$)/;

export interface ArticleSource {
  /** The frontmatter's fields, as YAML reads them (dates are Dates). */
  data: Record<string, unknown>;
  /** The frontmatter as written, between the `---` lines. */
  frontmatter: string;
  /** The body, with blank lines where the frontmatter was. */
  body: string;
}

export function splitArticleSource(source: string): ArticleSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, frontmatter: '', body: source };
  const parsed = load(match[2] ?? '');
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, frontmatter: match[2] ?? '', body: match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) };
}
