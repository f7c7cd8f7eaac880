/**
 * Which URLs words may carry. A link, an image or a profile URL written by
 * a contributor may point within the site or use one of a few schemes that
 * open a page, a mail or a call; anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`) is refused. Browsers ignore tabs, newlines and
 * control characters in a scheme and decode character references first,
 * so the check does both before it reads the scheme: `java&#x09;script:`
 * and ` JAVASCRIPT:` are the same `javascript:`.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** The schemes a URL in an article, an author's or a section's file may use. */
export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Decodes HTML character references: `&#106;`, `&#x6A;`, `&amp;`, with or without the `;`. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (reference, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    const decoded = decodeNamedCharacterReference(body);
    return decoded === false ? reference : decoded;
  });
}

/**
 * The scheme of a URL as a browser reads it, lower-cased, or `undefined`
 * for a relative URL (`../x`, `/x`, `#x`, `?x`). References are decoded
 * until nothing changes, so an encoded reference cannot hide a scheme either.
 */
export function urlScheme(url: string): string | undefined {
  let decoded = url;
  for (let previous = ''; previous !== decoded;) {
    previous = decoded;
    decoded = decodeCharacterReferences(decoded);
  }
  // Whitespace and C0 control characters, which browsers strip or skip; no scheme contains any.
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes.
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\u2028\u2029\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** Whether a URL is relative or uses one of the allowed schemes. */
export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme);
}

/** What a writer is told about a refused URL. */
export function refusedUrlProblem(url: string): string {
  return `the URL "${url}" uses the "${urlScheme(url)}:" scheme; links may use ${ALLOWED_URL_SCHEMES.map((s) => `${s}:`).join(', ')} or point within the site`;
}
