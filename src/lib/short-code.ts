/**
 * Short codes name an article forever in its short URL. The alphabet leaves
 * out characters that are easy to misread or mistype (0/o, 1/l/i) and upper
 * case, because some hosts and people treat URLs case-insensitively.
 */
export const SHORT_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** Length of newly generated codes: 31^5 ≈ 28 million codes. */
export const SHORT_CODE_LENGTH = 5;

/** Codes are 4 to 8 characters from the alphabet. */
export const SHORT_CODE_PATTERN = new RegExp(`^[${SHORT_CODE_ALPHABET}]{4,8}$`);

/** Whether a string is a well-formed short code. */
export function isShortCode(value: string): boolean {
  return SHORT_CODE_PATTERN.test(value);
}

/**
 * A fresh code of SHORT_CODE_LENGTH characters that is not in `taken`.
 * `random` returns numbers in [0, 1); pass a seeded one for repeatable output.
 */
export function newShortCode(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  // With 28 million codes a thousand misses in a row means `random` is broken, not that codes ran out.
  for (let attempt = 0; attempt < 1000; attempt++) {
    let code = '';
    for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
      code += SHORT_CODE_ALPHABET[Math.floor(random() * SHORT_CODE_ALPHABET.length)];
    }
    if (!taken.has(code)) return code;
  }
  throw new Error('could not find an unused short code');
}
