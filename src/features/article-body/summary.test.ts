import { describe, expect, it } from 'vitest';
import { summarise } from './summary.ts';

describe('summarise', () => {
  it('keeps short text whole', () => {
    expect(summarise('A short paragraph.', 160)).toBe('A short paragraph.');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    expect(summarise(text, 20)).toBe('The quick brown fox…');
  });

  it('never exceeds the limit, ellipsis included', () => {
    const text = 'word '.repeat(100);
    expect(summarise(text, 50).length).toBeLessThanOrEqual(50);
  });

  it('drops punctuation left dangling before the cut', () => {
    expect(summarise('Kabul, Kandahar, and Chaman remain closed', 17)).toBe('Kabul, Kandahar…');
  });

  it('cuts a single overlong word rather than returning nothing', () => {
    expect(summarise('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
