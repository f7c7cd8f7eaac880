import { describe, expect, it } from 'vitest';
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, generateShortCode, isShortCode } from './short-code.ts';

describe('short codes', () => {
  it('has no look-alike characters in its alphabet', () => {
    for (const lookAlike of ['0', 'o', '1', 'l', 'i', 'O', 'I']) {
      expect(SHORT_CODE_ALPHABET).not.toContain(lookAlike);
    }
  });

  it('accepts codes of the alphabet and rejects others', () => {
    expect(isShortCode('k7tq4')).toBe(true);
    expect(isShortCode('k0tq4')).toBe(false);
    expect(isShortCode('K7TQ4')).toBe(false);
    expect(isShortCode('k7t')).toBe(false);
    expect(isShortCode('k7tq4k7tq')).toBe(false);
  });

  it('generates well-formed codes from the random source', () => {
    let next = 0;
    const code = generateShortCode(new Set(), () => next++ % SHORT_CODE_ALPHABET.length);
    expect(code).toBe(SHORT_CODE_ALPHABET.slice(0, SHORT_CODE_LENGTH));
    expect(isShortCode(code)).toBe(true);
  });

  it('never generates a code that is taken', () => {
    const draws = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    const taken = new Set([SHORT_CODE_ALPHABET[0]!.repeat(SHORT_CODE_LENGTH)]);
    expect(generateShortCode(taken, () => draws.shift()!)).toBe(SHORT_CODE_ALPHABET[1]!.repeat(SHORT_CODE_LENGTH));
  });

  it('gives up rather than loop forever on a source that repeats itself', () => {
    const taken = new Set([SHORT_CODE_ALPHABET[0]!.repeat(SHORT_CODE_LENGTH)]);
    expect(() => generateShortCode(taken, () => 0)).toThrow(/no free short code/);
  });
});
