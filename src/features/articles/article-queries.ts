import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { buildTime, implausibleDates } from './calendar-date.ts';
import { ContentError } from '../../lib/content-error.ts';
import { type NumberedCorrection, implausibleCorrections, numberedCorrections } from '../newsroom/corrections.ts';
import { once } from '../../lib/once.ts';
import { RESERVED_ARTICLE_SLUGS, RESERVED_SECTION_IDS, articlePath, quoteCardPath, shortUrl } from '../../lib/paths.ts';
import { quoteCode } from '../short-links/short-link-registry.ts';
import { slugify } from './slug.ts';
import { translationGroups } from '../newsroom/translations.ts';
import { settings } from '../../settings.ts';
import { articleFile, quoteNumbers } from '../short-links/registry-file.ts';

/** A topic as written on the article, and the slug of its page. */
export interface Tag {
  name: string;
  slug: string;
}

/** An article with its references resolved and the figures pages show. */
export interface Article {
  entry: CollectionEntry<'articles'>;
  author: CollectionEntry<'authors'>;
  section: CollectionEntry<'sections'>;
  /** The article's source file, for messages. */
  file: string;
  /** Site path, without the base path. */
  path: string;
  /** Absolute short URL. */
  shortUrl: string;
  /** The authored description, or one cut from the first paragraph. */
  description: string;
  readingMinutes: number;
  tags: Tag[];
  /** Names of the authors the body credits (pull quotes), by id. */
  bodyAuthors: ReadonlyMap<string, string>;
  /** Corrections, newest first, numbered in the order they were made. */
  corrections: NumberedCorrection[];
  /** Every published version of the work in other languages, this one included, the original first; empty for a single version. */
  versions: { id: string; lang: string; path: string; original: boolean }[];
  /** The pull quotes, in the order of the body, each with a short link of its own. */
  quotes: ArticleQuote[];
}

/** A pull quote, with its permanent number and what its link, card and share links show. */
export interface ArticleQuote {
  /** Its number in its short link (`k7tq4-1`), kept for good (decision 21). */
  number: number;
  /** The quote's words, with the body's typography. */
  text: string;
  /** Whom it is credited to: the author it names, its attribution, or the article's author. */
  credit: string;
  /** Absolute short URL. */
  shortUrl: string;
  /** Site path of its card. */
  cardPath: string;
}

/** An article's quotes, numbered as the registry numbers them. */
function quotesOf(article: Omit<Article, 'quotes'>, numbers: readonly number[]): ArticleQuote[] {
  return article.entry.data.body.quotes.map(({ text, by, attribution }, index) => {
    const number = numbers[index]!;
    return {
      number,
      text,
      credit: (by && article.bodyAuthors.get(by)) || attribution || article.author.data.name,
      shortUrl: shortUrl(settings.shortLinkBase, quoteCode(article.entry.data.shortCode, number)),
      cardPath: quoteCardPath(article.path, number),
    };
  });
}

async function resolve(entry: CollectionEntry<'articles'>, now: Date): Promise<Omit<Article, 'quotes'>> {
  const file = articleFile(entry);
  if (RESERVED_ARTICLE_SLUGS.includes(entry.id)) {
    throw new ContentError(file, 'slug', `"${entry.id}" is taken by the section's later pages (/<section>/page/2/); rename the file`);
  }
  const [implausible] = [...implausibleDates(entry.data, now), ...implausibleCorrections(entry.data.corrections, entry.data.publishedAt, now)];
  if (implausible) throw new ContentError(file, implausible.field, implausible.problem);
  const author = await getEntry(entry.data.author);
  if (!author) {
    throw new ContentError(file, 'author', `no author "${entry.data.author.id}" in the authors collection`);
  }
  const section = await getEntry(entry.data.section);
  if (!section) {
    throw new ContentError(file, 'section', `no section "${entry.data.section.id}" in the sections collection`);
  }
  const bodyAuthors = new Map<string, string>();
  for (const id of entry.data.body.authors) {
    const credited = await getEntry('authors', id);
    if (!credited) throw new ContentError(file, 'body', `<PullQuote by="${id}">: no author "${id}" in the authors collection`);
    bodyAuthors.set(id, credited.data.name);
  }
  const { summary, readingMinutes } = entry.data.body;
  return {
    entry,
    author,
    section,
    file,
    path: articlePath(section.id, entry.id),
    shortUrl: shortUrl(settings.shortLinkBase, entry.data.shortCode),
    description: entry.data.description ?? summary,
    readingMinutes,
    tags: entry.data.tags.map((name) => ({ name, slug: slugify(name) })),
    bodyAuthors,
    corrections: numberedCorrections(entry.data.corrections),
    versions: [],
  };
}

/** Ties each published article to its versions in other languages; checks every `translationOf`, drafts' too. */
function linkTranslations(entries: readonly CollectionEntry<'articles'>[], articles: readonly Article[]): void {
  const byId = new Map(articles.map((article) => [article.entry.id, article]));
  const groups = translationGroups(
    entries.map((entry) => ({
      id: entry.id,
      file: articleFile(entry),
      lang: entry.data.lang,
      translationOf: entry.data.translationOf,
      published: byId.has(entry.id),
    })),
  );
  for (const [id, versions] of groups) {
    byId.get(id)!.versions = versions.map((version) => ({ ...version, path: byId.get(version.id)!.path }));
  }
}

/** Every section gets `/<id>/`, with or without articles: its id must not be a path the site uses. */
function checkSectionIds(sections: readonly CollectionEntry<'sections'>[]): void {
  for (const section of sections) {
    if (RESERVED_SECTION_IDS.includes(section.id)) {
      throw new ContentError(
        section.filePath ?? `sections/${section.id}`,
        'id',
        `"${section.id}" is a path the site itself uses (${RESERVED_SECTION_IDS.join(', ')}); rename the file`,
      );
    }
  }
}

/**
 * Resolves every article; when some cannot be published, fails once with
 * all of their problems, so a writer fixes them in one go.
 */
async function resolveAll(entries: readonly CollectionEntry<'articles'>[], now: Date): Promise<Omit<Article, 'quotes'>[]> {
  const settled = await Promise.allSettled(entries.map((entry) => resolve(entry, now)));
  const refused = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  const unexpected = refused.find((reason) => !(reason instanceof ContentError));
  if (unexpected !== undefined) throw unexpected;
  if (refused.length === 1) throw refused[0];
  if (refused.length > 1) {
    throw new Error(
      `${refused.length} articles cannot be published:\n${refused
        .map((reason) => (reason as ContentError).message)
        .sort()
        .join('\n')}`,
    );
  }
  return settled.map((result) => (result as PromiseFulfilledResult<Omit<Article, 'quotes'>>).value);
}

/**
 * Every article readers may see, newest first. Drafts are left out of
 * production builds. Resolved once per build: every page asks for it.
 * Pull quotes get the numbers the registry holds (the loader checked the
 * short codes and recorded new ones).
 */
export const publishedArticles = once(async (): Promise<Article[]> => {
  const [entries, sections] = await Promise.all([getCollection('articles'), getCollection('sections')]);
  checkSectionIds(sections);
  const now = buildTime(process.env.SOURCE_DATE_EPOCH);
  const visible = entries.filter(({ data }) => import.meta.env.DEV || !data.draft);
  const resolved = await resolveAll(visible, now);
  const numbers = await quoteNumbers(entries);
  const articles = resolved.map((article): Article => ({ ...article, quotes: quotesOf(article, numbers.get(article.entry.id)!) }));
  linkTranslations(entries, articles);
  return articles.sort((a, b) => b.entry.data.publishedAt.getTime() - a.entry.data.publishedAt.getTime() || a.entry.id.localeCompare(b.entry.id));
});
