/**
 * Short codes name an article forever in its short URL. The alphabet leaves
 * out characters that are easy to misread or mistype (0/o, 1/l/i) and upper
 * case, because some hosts and people treat URLs case-insensitively.
 */
export const SHORT_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** Length of newly generated codes: 31^5 ≈ 28 million codes. */
export const SHORT_CODE_LENGTH = 5;

/** Codes are 4 to 8 characters from the alphabet. */
const SHORT_CODE_PATTERN = new RegExp(`^[${SHORT_CODE_ALPHABET}]{4,8}$`);

/** Whether a string is a well-formed short code. */
export function isShortCode(value: string): boolean {
  return SHORT_CODE_PATTERN.test(value);
}

/**
 * A new code of SHORT_CODE_LENGTH characters that is not in `taken`.
 * `randomIndex(n)` returns an integer in [0, n); pass `crypto.randomInt`.
 */
export function generateShortCode(taken: ReadonlySet<string>, randomIndex: (n: number) => number): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = Array.from({ length: SHORT_CODE_LENGTH }, () => SHORT_CODE_ALPHABET[randomIndex(SHORT_CODE_ALPHABET.length)]).join('');
    if (!taken.has(code)) return code;
  }
  throw new Error('no free short code after 100 attempts: is the random source random?');
}
