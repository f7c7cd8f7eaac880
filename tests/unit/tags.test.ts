import { describe, expect, it } from 'vitest';
import { tagSlug } from '../../src/lib/tags';

describe('tagSlug', () => {
  it('gives spellings of one tag one slug', () => {
    for (const spelling of ['Middle East', 'middle-east', ' Middle  East ', 'MIDDLE_EAST', 'Middle East!']) {
      expect(tagSlug(spelling)).toBe('middle-east');
    }
  });

  it('folds accents', () => {
    expect(tagSlug('Café Société')).toBe('cafe-societe');
  });

  it('keeps letters of other scripts', () => {
    expect(tagSlug('الشرق الأوسط')).toBe('الشرق-الاوسط');
  });

  it('keeps digits', () => {
    expect(tagSlug('COP 28')).toBe('cop-28');
  });
});
