import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it('gives spellings of one tag one slug', () => {
    for (const spelling of ['Middle East', 'middle-east', ' Middle  East ', 'MIDDLE_EAST', 'Middle East!']) {
      expect(slugify(spelling)).toBe('middle-east');
    }
  });

  it('folds accents', () => {
    expect(slugify('Café Société')).toBe('cafe-societe');
  });

  it('keeps letters of other scripts', () => {
    expect(slugify('الشرق الأوسط')).toBe('الشرق-الاوسط');
  });

  it('keeps digits', () => {
    expect(slugify('COP 28')).toBe('cop-28');
  });
});

describe('uniqueSlug', () => {
  it('numbers a slug that is taken, from 2', () => {
    expect(uniqueSlug('a-title', new Set())).toBe('a-title');
    expect(uniqueSlug('a-title', new Set(['a-title', 'a-title-2']))).toBe('a-title-3');
  });
});
