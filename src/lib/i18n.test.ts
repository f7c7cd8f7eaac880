import { describe, expect, it } from 'vitest';
import { readInLanguage, textDirection, uiStrings } from './i18n.ts';

describe('i18n', () => {
  it('knows right-to-left languages by their primary subtag', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-SA')).toBe('rtl');
    expect(textDirection('en-US')).toBe('ltr');
  });

  it('falls back from a regional tag to its language, then to English', () => {
    expect(uiStrings('en-GB').by).toBe('By');
    expect(uiStrings('xx').minutesToRead(3)).toBe('3 min read');
    expect(uiStrings('en').minutes(6)).toBe('6 min');
  });

  it('speaks Arabic with the plural form each count of minutes takes', () => {
    const ar = uiStrings('ar');
    expect(ar.by).toBe('بقلم');
    expect(ar.minutesToRead(1)).toBe('دقيقة واحدة للقراءة');
    expect(ar.minutesToRead(2)).toBe('دقيقتان للقراءة');
    expect(ar.minutesToRead(7)).toMatch(/^7 دقائق للقراءة$/);
    expect(ar.minutesToRead(12)).toMatch(/^12 دقيقة للقراءة$/);
    expect(uiStrings('ar-SA').aboutTheAuthor).toBe('عن الكاتب');
    expect(ar.minutes(2)).toBe('دقيقتان');
    expect(ar.minutes(7)).toMatch(/^7 دقائق$/);
  });
});

describe('the link to another language', () => {
  it('speaks the language it leads to', () => {
    expect(readInLanguage('ar')).toBe('اقرأ بالعربية');
    expect(readInLanguage('en-GB')).toBe('Read in English');
  });

  it('names a language the interface does not speak in that language', () => {
    expect(readInLanguage('fr')).toBe('français');
  });
});
