import { readFile, writeFile } from 'node:fs/promises';
import type { CollectionEntry } from 'astro:content';
import { describeProblem } from '../../lib/content-error';
import {
  checkClaims,
  formatRegistry,
  numberQuotes,
  parseRegistry,
} from './short-link-registry';
import { buildPaths } from '../../settings';

/** The committed registry of every short code ever published, beside the content it records. */
export const registryFile = `${buildPaths.contentDir}/short-links.json`;

/** An article's source file, as messages name it. */
export function articleFile(entry: CollectionEntry<'articles'>): string {
  return entry.filePath ?? `articles/${entry.id}`;
}

/**
 * Checks every article's short code against the registry and fails the
 * build, naming file and field, when a published code vanished, moved or
 * is claimed twice. Codes of newly published articles are recorded in the
 * registry, except in CI (`CI` set), where an unrecorded code fails the
 * build: the registry in the repository must already hold every code a
 * deploy publishes. See docs/decisions/0005-the-build-records-new-short-links.md.
 * Pull quotes are numbered and recorded the same way; resolves with each
 * article's quote numbers, in the order of its quotes, by article id.
 */
export async function checkShortLinks(entries: readonly CollectionEntry<'articles'>[]): Promise<Map<string, number[]>> {
  const text = await readFile(registryFile, 'utf8').catch(() => '{}');
  const parsed = parseRegistry(text, registryFile);
  if ('problem' in parsed) throw new Error(describeProblem(parsed.problem));
  const { registry } = parsed;

  const claims = entries.map((entry) => ({
    code: entry.data.shortCode,
    articleId: entry.id,
    file: articleFile(entry),
    draft: entry.data.draft,
    quotes: entry.data.body.quotes.map(({ text }) => text),
  }));
  const { problems, unrecorded } = checkClaims(registry, claims, registryFile);
  const quotes = numberQuotes(registry, claims, registryFile);
  problems.push(...quotes.problems);
  if (process.env.CI) {
    for (const claim of unrecorded) {
      problems.push({
        file: claim.file,
        field: 'shortCode',
        problem: `"${claim.code}" is not recorded in ${registryFile}; build once outside CI to record it, then commit that file`,
      });
    }
    for (const { code, claim } of quotes.unrecorded) {
      problems.push({
        file: claim.file,
        field: 'body',
        problem: `the <PullQuote> link ${code} is not recorded in ${registryFile}; build once outside CI to record it, then commit that file`,
      });
    }
  }
  if (problems.length > 0) throw new Error(`Short links:\n${problems.map(describeProblem).join('\n')}`);

  if (unrecorded.length > 0 || quotes.unrecorded.length > 0) {
    for (const claim of unrecorded) registry[claim.code] = claim.articleId;
    for (const { code, text } of quotes.unrecorded) registry[code] = text;
    await writeFile(registryFile, formatRegistry(registry));
    const recorded = [...unrecorded.map((claim) => `${claim.code} → ${claim.articleId}`), ...quotes.unrecorded.map(({ code }) => `${code} (a quote)`)].join(', ');
    console.info(`Recorded new short links in ${registryFile}: ${recorded}. Commit that file.`);
  }
  return quotes.numbers;
}
