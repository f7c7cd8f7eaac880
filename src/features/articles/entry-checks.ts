import { dirname, resolve } from 'node:path';
import { describeProblem } from '../../lib/content-error.ts';
import type { ArticleSource } from '../article-body/article-source.ts';
import type { BodyFacts } from '../article-body/body-renderer.ts';
import { pictureFileProblem } from '../pictures/picture-checks.ts';
import { readPicture } from '../pictures/picture-file.ts';
import { impossibleDates } from './calendar-date.ts';

/**
 * What keeps an article from its entry before the schema sees it, as a
 * message naming the file and the field (or line): a `body` field the site
 * sets itself, a date the calendar lacks, a picture of the body that is
 * missing or unreadable.
 */
export async function entryProblem(root: string, filePath: string, source: ArticleSource, facts: BodyFacts): Promise<string | undefined> {
  if ('body' in source.data)
    return describeProblem({ file: filePath, field: 'body', problem: "is set by the site from the article's text; remove it from the frontmatter" });
  // YAML reads 2025-02-30 as 2 March: only the text as written shows the mistake.
  const [impossible] = impossibleDates(source.frontmatter, ['publishedAt', 'updatedAt']);
  if (impossible) return describeProblem({ file: filePath, field: impossible.field, problem: `${impossible.value} is not a date in the calendar` });
  // Astro would stop at a missing picture without naming the article or the line.
  for (const picture of facts.pictures) {
    const problem = pictureFileProblem(picture.src, filePath, await readPicture(resolve(root, dirname(filePath), picture.src)));
    if (problem) return `${filePath}:${picture.line}: field "body": ${problem}`;
  }
  return undefined;
}
