/**
 * An article file split as Astro's own MDX support splits it: YAML
 * frontmatter between `---` lines, then the body. The body keeps the
 * frontmatter's lines as blank ones, so every line a message names is the
 * line of the file.
 */
import { readFrontmatter } from '../articles/frontmatter.ts';

export interface ArticleSource {
  /** The frontmatter's fields, as YAML reads them (dates are Dates). */
  data: Record<string, unknown>;
  /** The frontmatter as written, between the `---` lines. */
  frontmatter: string;
  /** The body, with blank lines where the frontmatter was. */
  body: string;
}

export function splitArticleSource(source: string): ArticleSource {
  const frontmatter = readFrontmatter(source);
  if (!frontmatter) return { data: {}, frontmatter: '', body: source };
  const { data, yaml, end } = frontmatter;
  return { data, frontmatter: yaml, body: source.slice(0, end).replace(/[^\n]/g, '') + source.slice(end) };
}
