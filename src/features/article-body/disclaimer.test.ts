import { describe, expect, it } from 'vitest';
import { formatDisclaimer, possessive } from './disclaimer.ts';

describe('possessive', () => {
  it('adds only an apostrophe after a final s', () => {
    expect(possessive('Arab News')).toBe('Arab News’');
  });
  it('adds ’s otherwise', () => {
    expect(possessive('The Herald')).toBe('The Herald’s');
  });
});

describe('formatDisclaimer', () => {
  it('fills the publication placeholders', () => {
    expect(formatDisclaimer("Not {publication's} view; {publication} thanks you.", 'Arab News')).toBe('Not Arab News’ view; Arab News thanks you.');
  });
});
