import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cachePath } from '../../lib/cache-folders.ts';
import { type ContentProblem, describeProblem } from '../../lib/content-error.ts';
import { buildPaths } from '../../settings.ts';
import { type QuoteClaim, type ShortLinkRegistry, checkClaims, formatRegistry, numberQuotes, parseQuoteCode, parseRegistry } from './short-link-registry.ts';

/** The committed registry of every short code ever published, beside the content it records. */
export const registryFile = `${buildPaths.contentDir}/short-links.json`;

/** What the registry needs of an article: the loader's stored entry or a collection entry. */
export interface RegisteredArticle {
  id: string;
  filePath?: string | undefined;
  data: { shortCode: string; draft: boolean; body: { quotes: readonly { text: string }[] } };
}

/** An article's source file, as messages name it. */
export function articleFile(entry: Pick<RegisteredArticle, 'id' | 'filePath'>): string {
  return entry.filePath ?? `articles/${entry.id}`;
}

/** The articles' claims on codes, in the order of their ids: the loader stores entries as they finish, and messages must not depend on it. */
function claimsOf(entries: readonly RegisteredArticle[]): QuoteClaim[] {
  return [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => ({
      code: entry.data.shortCode,
      articleId: entry.id,
      file: articleFile(entry),
      draft: entry.data.draft,
      quotes: entry.data.body.quotes.map(({ text }) => text),
    }));
}

async function readRegistry(): Promise<ShortLinkRegistry> {
  const parsed = parseRegistry(await readFile(registryFile, 'utf8').catch(() => '{}'), registryFile);
  if ('problem' in parsed) throw new Error(describeProblem(parsed.problem));
  return parsed.registry;
}

function failOn(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new Error(`Short links:\n${problems.map(describeProblem).join('\n')}`);
}

/** The codes this build found new, kept in the build cache until it publishes. */
const newCodesFile = cachePath(buildPaths.cacheDir, 'newShortLinks');

/**
 * Checks every article's short code against the registry and fails the
 * build, naming file and field, when a published code vanished, moved or
 * is claimed twice. Codes of newly published articles and their pull
 * quotes are kept aside for `recordNewShortLinks`, which records them once
 * the build has published; in CI (`CI` set) an unrecorded code fails the
 * build instead: the registry in the repository must already hold every
 * code a deploy publishes (decision 5). The articles' loader runs it once
 * the entries are stored; drafts count, so no build can publish a broken
 * short link.
 */
export async function checkShortLinks(entries: readonly RegisteredArticle[]): Promise<void> {
  const registry = await readRegistry();
  const claims = claimsOf(entries);
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
  failOn(problems);
  const newCodes: ShortLinkRegistry = {};
  for (const claim of unrecorded) newCodes[claim.code] = claim.articleId;
  for (const { code, text } of quotes.unrecorded) newCodes[code] = text;
  await mkdir(dirname(newCodesFile), { recursive: true });
  await writeFile(newCodesFile, JSON.stringify(newCodes));
}

/**
 * Records in the registry the codes the last build found new, once it has
 * published them: a build that fails records nothing, so no code is held
 * for an article that was never published. Run by the build after Astro.
 */
export async function recordNewShortLinks(): Promise<void> {
  const newCodes: ShortLinkRegistry = await readFile(newCodesFile, 'utf8').then(
    (text) => JSON.parse(text) as ShortLinkRegistry,
    () => ({}),
  );
  const codes = Object.keys(newCodes);
  if (codes.length === 0) return;
  const registry = { ...(await readRegistry()), ...newCodes };
  await writeFile(registryFile, formatRegistry(registry));
  await rm(newCodesFile, { force: true });
  const recorded = codes.map((code) => (parseQuoteCode(code) ? `${code} (a quote)` : `${code} → ${newCodes[code]}`)).join(', ');
  console.info(`Recorded new short links in ${registryFile}: ${recorded}. Commit that file.`);
}

/** Each article's pull-quote numbers, in the order of its quotes, by article id, as the registry (kept by `recordShortLinks`) numbers them. */
export async function quoteNumbers(entries: readonly RegisteredArticle[]): Promise<Map<string, number[]>> {
  const quotes = numberQuotes(await readRegistry(), claimsOf(entries), registryFile);
  failOn(quotes.problems);
  return quotes.numbers;
}
