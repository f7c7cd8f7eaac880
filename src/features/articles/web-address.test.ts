import { describe, expect, it } from 'vitest';
import { isWebAddress } from './web-address.ts';

describe('web addresses', () => {
  it('are absolute http(s) URLs', () => {
    expect(isWebAddress('https://example.org/story')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
  });

  it('are not relative paths, other schemes or bare words', () => {
    for (const text of ['/opinion/story/', 'example.org/story', 'javascript:alert(1)', 'mailto:desk@example.org', 'ftp://example.org/', 'https://', '']) {
      expect(isWebAddress(text), text).toBe(false);
    }
  });
});
