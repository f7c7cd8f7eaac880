import { describe, expect, it } from 'vitest';
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, isShortCode, newShortCode } from '../../src/lib/short-code';

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

  it('makes fresh codes that are well formed and not taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = newShortCode(taken);
      expect(isShortCode(code)).toBe(true);
      expect(code).toHaveLength(SHORT_CODE_LENGTH);
      expect(taken.has(code)).toBe(false);
      taken.add(code);
    }
  });

  it('skips a code that is taken', () => {
    const sequence = [0, 0, 0, 0, 0, 0.99, 0, 0, 0, 0];
    const random = () => sequence.shift()!;
    expect(newShortCode(new Set(['22222']), random)).toBe('z2222');
  });
});
