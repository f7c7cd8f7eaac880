/**
 * What an article's social card shows, and the cards a content tree will
 * need, read from its files before Astro has loaded them: the build draws
 * those while Astro bundles (scripts/draw-cards.ts). Both the card routes
 * and that early drawing map an article to its card here, so they agree on
 * each card's cache key.
 */
import { parse } from 'yaml';
import { DEFAULT_LANGUAGE, textDirection } from './i18n.ts';
import type { CardInput } from './social-card.ts';

/** An article's card: its headline, section, author and the publication, in the article's direction. */
export function articleCardInput(
  article: { title: string; lang: string },
  names: { section: string; author: string; publication: string },
): CardInput {
  return {
    title: article.title,
    kicker: names.section,
    byline: names.author,
    publication: names.publication,
    dir: textDirection(article.lang),
  };
}

/** A YAML (or JSON) document as an object; undefined when it does not parse to one. */
function parseRecord(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A trimmed, non-empty string field, as the content schemas accept it. */
function text(record: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = record?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The content files the cards are read from: article sources, and author and section files by id. */
export interface CardSources {
  articles: string[];
  authors: Record<string, string>;
  sections: Record<string, string>;
}

/**
 * The cards of the articles a production build publishes (not drafts).
 * An article this cannot read (no frontmatter, an unknown author) is left
 * out: the build reports it, and a card it needs is drawn by its route.
 */
export function plannedArticleCards(sources: CardSources, publication: string): CardInput[] {
  const names = (files: Record<string, string>) =>
    new Map(Object.entries(files).map(([id, source]) => [id, text(parseRecord(source), 'name')]));
  const authors = names(sources.authors);
  const sections = names(sources.sections);
  return sources.articles.flatMap((source) => {
    const frontmatter = parseRecord(/^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source)?.[1] ?? '');
    const title = text(frontmatter, 'title');
    const author = authors.get(text(frontmatter, 'author') ?? '');
    const section = sections.get(text(frontmatter, 'section') ?? '');
    if (!title || !author || !section || frontmatter?.draft === true) return [];
    return [articleCardInput({ title, lang: text(frontmatter, 'lang') ?? DEFAULT_LANGUAGE }, { section, author, publication })];
  });
}
