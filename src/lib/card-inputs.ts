/**
 * What an article's social card shows, and the cards and hero photos a
 * content tree will need, read from its files before Astro has loaded
 * them: the build draws the cards and crops the photos while Astro bundles
 * (scripts/draw-cards.ts). Both the card routes and that early drawing map
 * an article to its card here, so they agree on each card's cache key.
 */
import { posix } from 'node:path';
import { frontmatterOf, heroSource, parseRecord, text } from './frontmatter.ts';
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

/** The content files the cards are read from: article sources, and author and section files by id. */
export interface CardSources {
  /** Article sources by path below the articles folder, with forward slashes. */
  articles: Record<string, string>;
  authors: Record<string, string>;
  sections: Record<string, string>;
}

/** The frontmatter of the articles a production build publishes (not drafts), by path. */
function publishedFrontmatter(sources: CardSources): [string, Record<string, unknown>][] {
  return Object.entries(sources.articles).flatMap(([path, source]) => {
    const frontmatter = frontmatterOf(source);
    return frontmatter && frontmatter.draft !== true ? [[path, frontmatter] as [string, Record<string, unknown>]] : [];
  });
}

/**
 * The cards of the articles a production build publishes (not drafts)
 * that have no hero: an article with one shares its photo instead.
 * An article this cannot read (no frontmatter, an unknown author) is left
 * out: the build reports it, and a card it needs is drawn by its route.
 */
export function plannedArticleCards(sources: CardSources, publication: string): CardInput[] {
  const names = (files: Record<string, string>) =>
    new Map(Object.entries(files).map(([id, source]) => [id, text(parseRecord(source), 'name')]));
  const authors = names(sources.authors);
  const sections = names(sources.sections);
  return publishedFrontmatter(sources).flatMap(([, frontmatter]) => {
    const title = text(frontmatter, 'title');
    const author = authors.get(text(frontmatter, 'author') ?? '');
    const section = sections.get(text(frontmatter, 'section') ?? '');
    if (!title || !author || !section || heroSource(frontmatter)) return [];
    return [articleCardInput({ title, lang: text(frontmatter, 'lang') ?? DEFAULT_LANGUAGE }, { section, author, publication })];
  });
}

/**
 * The hero photos of the articles a production build publishes, by path
 * below the articles folder (a hero's `src` is relative to its article):
 * the photos whose preview crops the build makes.
 */
export function plannedHeroPhotos(sources: CardSources): string[] {
  return publishedFrontmatter(sources).flatMap(([path, frontmatter]) => {
    const src = heroSource(frontmatter);
    return src ? [posix.join(posix.dirname(path), src)] : [];
  });
}
