import { readFile } from 'node:fs/promises';
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { buildTime, impossibleDates, implausibleDates } from '../lib/calendar-date';
import { articlePath } from '../lib/paths';
import { proseParagraphs } from '../lib/plain-text';
import { readingMinutes } from '../lib/reading-time';
import { summarise } from '../lib/summary';

/** An article with its references resolved and the figures pages show. */
export interface Article {
  entry: CollectionEntry<'articles'>;
  author: CollectionEntry<'authors'>;
  section: CollectionEntry<'sections'>;
  /** Site path, without the base path. */
  path: string;
  /** The authored description, or one cut from the first paragraph. */
  description: string;
  readingMinutes: number;
}

/** Says which file and field is wrong, in the form a writer can act on. */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}

/** The file an entry came from, as error messages name it. */
function sourceFile(entry: CollectionEntry<'articles'>): string {
  return entry.filePath ?? `articles/${entry.id}`;
}

async function resolve(entry: CollectionEntry<'articles'>): Promise<Article> {
  const file = sourceFile(entry);
  if (entry.filePath) {
    const source = await readFile(entry.filePath, 'utf8');
    const [problem] = impossibleDates(source.split(/^---$/m)[1] ?? '', ['publishedAt', 'updatedAt']);
    if (problem) throw new ContentError(file, problem.field, `${problem.value} is not a date in the calendar`);
  }
  const [implausible] = implausibleDates(entry.data, buildTime(process.env.SOURCE_DATE_EPOCH));
  if (implausible) throw new ContentError(file, implausible.field, implausible.problem);
  const author = await getEntry(entry.data.author);
  if (!author) {
    throw new ContentError(file, 'author', `no author "${entry.data.author.id}" in the authors collection`);
  }
  const section = await getEntry(entry.data.section);
  if (!section) {
    throw new ContentError(file, 'section', `no section "${entry.data.section.id}" in the sections collection`);
  }
  const paragraphs = proseParagraphs(entry.body ?? '');
  const description = entry.data.description ?? summarise(paragraphs[0] ?? entry.data.title);
  return {
    entry,
    author,
    section,
    path: articlePath(section.id, entry.id),
    description,
    readingMinutes: readingMinutes(paragraphs),
  };
}

/**
 * A short code names one article forever, so two articles may never claim
 * the same one; the later article is the one in the wrong.
 */
function refuseSharedShortCodes(articles: Article[]): Article[] {
  const oldestFirst = articles.toSorted(
    (a, b) => a.entry.data.publishedAt.getTime() - b.entry.data.publishedAt.getTime() || a.entry.id.localeCompare(b.entry.id),
  );
  const owners = new Map<string, Article>();
  for (const article of oldestFirst) {
    const code = article.entry.data.shortCode;
    const owner = owners.get(code);
    if (owner) throw new ContentError(sourceFile(article.entry), 'shortCode', `"${code}" is already the short code of ${sourceFile(owner.entry)}`);
    owners.set(code, article);
  }
  return articles;
}

let published: Promise<Article[]> | undefined;

/**
 * Every article readers may see, newest first. Drafts are left out of
 * production builds. Resolved once per build: every page asks for it.
 */
export function publishedArticles(): Promise<Article[]> {
  published ??= getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft)
    .then((entries) => Promise.all(entries.map(resolve)))
    .then(refuseSharedShortCodes)
    .then((articles) =>
      articles.sort(
        (a, b) =>
          b.entry.data.publishedAt.getTime() - a.entry.data.publishedAt.getTime() ||
          a.entry.id.localeCompare(b.entry.id),
      ),
    );
  return published;
}
