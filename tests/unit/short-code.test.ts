import { describe, expect, it } from 'vitest';
import { SHORT_CODE_ALPHABET, isShortCode } from '../../src/lib/short-code';

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
  });
});
