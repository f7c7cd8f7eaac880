/**
 * Short links are permanent: once a code is published it must lead to the
 * same article forever, or links already shared in messages, posts and
 * print break. The registry (`content/short-links.json`, committed) records
 * every code ever published and its article id; these rules compare it with
 * the codes articles claim now. See
 * docs/decisions/0005-the-build-records-new-short-links.md.
 *
 * A pull quote's link is its article's code and a number (`k7tq4-1`); the
 * registry records the number with the quote's words, and a quote keeps
 * its number for good, wherever it moves in the article
 * (docs/decisions/0021-quote-links-are-the-article-code-and-a-number.md).
 */
import type { ContentProblem } from '../../lib/content-error.ts';
import { isShortCode, SHORT_CODE_ALPHABET } from './short-code.ts';

/** Every code ever published, and the id of its article; every quote code, and the quote's words. */
export type ShortLinkRegistry = Record<string, string>;

/** A code an article's frontmatter claims. */
export interface ShortCodeClaim {
  code: string;
  articleId: string;
  /** The article's file, for messages. */
  file: string;
  /** Drafts hold their code but are not published, so they are not recorded yet. */
  draft: boolean;
}

/** Something wrong with the registry or a claim, said as file, field and problem. */
export type RegistryProblem = ContentProblem;

/** Reads the registry file's text; a malformed file is a problem of that file. */
export function parseRegistry(text: string, file: string): { registry: ShortLinkRegistry } | { problem: RegistryProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: { file, field: '(file)', problem: `is not valid JSON: ${(error as Error).message}` } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: { file, field: '(file)', problem: 'must be an object mapping short codes to article ids' } };
  }
  for (const [code, id] of Object.entries(data)) {
    if (typeof id !== 'string' || id === '') {
      return { problem: { file, field: code, problem: parseQuoteCode(code) ? "must be the quote's words" : 'must name an article id' } };
    }
  }
  return { registry: data as ShortLinkRegistry };
}

/** The registry as it is committed: codes sorted, one per line. */
export function formatRegistry(registry: ShortLinkRegistry): string {
  const sorted = Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Compares the registry with the codes articles claim. Returns what is
 * wrong, and the codes of published articles the registry does not have
 * yet (the caller records them or, where recording is not allowed, refuses).
 */
export function checkClaims(
  registry: ShortLinkRegistry,
  claims: readonly ShortCodeClaim[],
  registryFile: string,
): { problems: RegistryProblem[]; unrecorded: ShortCodeClaim[] } {
  const problems: RegistryProblem[] = [];
  const claimsByCode = new Map<string, ShortCodeClaim[]>();
  for (const claim of claims) {
    if (!isShortCode(claim.code)) {
      problems.push({
        file: claim.file,
        field: 'shortCode',
        problem: `"${claim.code}" is not a short code: 4 to 8 characters from "${SHORT_CODE_ALPHABET}"`,
      });
    }
    claimsByCode.set(claim.code, [...(claimsByCode.get(claim.code) ?? []), claim]);
  }

  for (const [code, sameCode] of claimsByCode) {
    const [first, ...others] = sameCode;
    for (const other of others) {
      problems.push({
        file: other.file,
        field: 'shortCode',
        problem: `"${code}" is also claimed by ${first!.file}; every article needs its own code`,
      });
    }
  }

  for (const [code, articleId] of Object.entries(registry)) {
    if (parseQuoteCode(code)) continue;
    if (!isShortCode(code)) {
      problems.push({
        file: registryFile,
        field: code,
        problem: `is not a short code: 4 to 8 characters from "${SHORT_CODE_ALPHABET}"`,
      });
      continue;
    }
    const holders = claimsByCode.get(code) ?? [];
    if (holders.length === 0) {
      problems.push({
        file: registryFile,
        field: code,
        problem: `was published for article "${articleId}" but no article claims it now; short links are permanent, so give that article "shortCode: ${code}" again`,
      });
    }
    for (const holder of holders.filter((claim) => claim.articleId !== articleId)) {
      problems.push({
        file: holder.file,
        field: 'shortCode',
        problem: `"${code}" is the published short link of article "${articleId}" (${registryFile}); choose another code, or, if this article is "${articleId}" renamed, put its new id in that entry and its old address in redirectFrom`,
      });
    }
  }

  const unrecorded = claims.filter((claim) => !claim.draft && isShortCode(claim.code) && registry[claim.code] === undefined);
  return { problems, unrecorded };
}

/** A quote's code: its article's code, a hyphen, its number from 1. */
export function quoteCode(articleCode: string, number: number): string {
  return `${articleCode}-${number}`;
}

/** The article code and number of a quote code; undefined for anything else. */
export function parseQuoteCode(code: string): { articleCode: string; number: number } | undefined {
  const match = /^(.+)-([1-9][0-9]*)$/.exec(code);
  return match ? { articleCode: match[1]!, number: Number(match[2]) } : undefined;
}

/** The pull quotes of an article that claims a code, in the order of its body. */
export interface QuoteClaim extends ShortCodeClaim {
  /** Each quote's words, as the body renders them. */
  quotes: readonly string[];
}

/** A quote the registry does not have yet: the code it gets and its words. */
export interface UnrecordedQuote {
  code: string;
  text: string;
  claim: QuoteClaim;
}

/**
 * Gives every pull quote its number: the one recorded with its words, or,
 * for a quote not published before, the next after the article's highest.
 * So a quote keeps its link when another is added before it or the
 * article is rearranged. Fails when a recorded quote is in its article no
 * more: a link to it is out in the world. Returns each article's numbers
 * (in the order of its quotes, by article id) and the quotes of published
 * articles to record.
 */
export function numberQuotes(
  registry: ShortLinkRegistry,
  claims: readonly QuoteClaim[],
  registryFile: string,
): { problems: RegistryProblem[]; numbers: Map<string, number[]>; unrecorded: UnrecordedQuote[] } {
  const problems: RegistryProblem[] = [];
  const recorded = new Map<string, Map<number, string>>();
  for (const [code, text] of Object.entries(registry)) {
    const quote = parseQuoteCode(code);
    if (!quote) continue;
    if (!isShortCode(quote.articleCode)) {
      problems.push({ file: registryFile, field: code, problem: `is not a quote code: an article's short code, "-" and a number, such as k7tq4-1` });
      continue;
    }
    recorded.set(quote.articleCode, (recorded.get(quote.articleCode) ?? new Map()).set(quote.number, text));
  }

  const claimByCode = new Map(claims.map((claim) => [claim.code, claim]));
  for (const [articleCode, quotes] of recorded) {
    const claim = claimByCode.get(articleCode);
    if (!claim) {
      // A published article that vanished is reported by its own entry.
      if (registry[articleCode] === undefined) {
        for (const number of quotes.keys()) {
          problems.push({
            file: registryFile,
            field: quoteCode(articleCode, number),
            problem: `is a quote of "${articleCode}", which is no published short code`,
          });
        }
      }
      continue;
    }
    for (const [number, text] of quotes) {
      if (!claim.quotes.includes(text)) {
        problems.push({
          file: registryFile,
          field: quoteCode(articleCode, number),
          problem:
            `is the published link of the quote “${text}”, which ${claim.file} no longer has; a quote's link is permanent: ` +
            'put the <PullQuote> back, or, if only its words changed, write its new words in this entry',
        });
      }
    }
  }

  const numbers = new Map<string, number[]>();
  const unrecorded: UnrecordedQuote[] = [];
  for (const claim of claims) {
    const published = recorded.get(claim.code) ?? new Map<number, string>();
    const taken = new Set<number>();
    let highest = Math.max(0, ...published.keys());
    const assigned = claim.quotes.map((text) => {
      const kept = [...published].find(([number, words]) => words === text && !taken.has(number))?.[0];
      const number = kept ?? ++highest;
      taken.add(number);
      if (kept === undefined && !claim.draft && isShortCode(claim.code)) unrecorded.push({ code: quoteCode(claim.code, number), text, claim });
      return number;
    });
    numbers.set(claim.articleId, assigned);
  }
  return { problems, numbers, unrecorded };
}
