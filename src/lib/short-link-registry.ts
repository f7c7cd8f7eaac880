/**
 * Short links are permanent: once a code is published it must lead to the
 * same article forever, or links already shared in messages, posts and
 * print break. The registry (`content/short-links.json`, committed) records
 * every code ever published and its article id; these rules compare it with
 * the codes articles claim now. See
 * docs/decisions/0005-the-build-records-new-short-links.md.
 */
import type { ContentProblem } from './content-error';
import { isShortCode, SHORT_CODE_ALPHABET } from './short-code.ts';

/** Every code ever published, and the id of its article. */
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
export function parseRegistry(
  text: string,
  file: string,
): { registry: ShortLinkRegistry } | { problem: RegistryProblem } {
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
      return { problem: { file, field: code, problem: 'must name an article id' } };
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

  const unrecorded = claims.filter(
    (claim) => !claim.draft && isShortCode(claim.code) && registry[claim.code] === undefined,
  );
  return { problems, unrecorded };
}
