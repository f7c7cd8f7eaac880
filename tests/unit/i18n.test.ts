import { describe, expect, it } from 'vitest';
import { sameLanguage, textDirection, uiStrings } from '../../src/lib/i18n';

describe('i18n', () => {
  it('knows right-to-left languages by their primary subtag', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-SA')).toBe('rtl');
    expect(textDirection('en-US')).toBe('ltr');
  });

  it('falls back from a regional tag to its language, then to English', () => {
    expect(uiStrings('en-GB').by).toBe('By');
    expect(uiStrings('xx').minutesToRead(3)).toBe('3 min read');
  });

  it('speaks Arabic to Arabic articles, with Arabic number agreement', () => {
    const t = uiStrings('ar');
    expect(t.by).toBe('بقلم');
    expect([1, 2, 5, 11].map(t.minutesToRead)).toEqual([
      'دقيقة واحدة للقراءة',
      'دقيقتان للقراءة',
      '5 دقائق للقراءة',
      '11 دقيقة للقراءة',
    ]);
  });

  it('compares languages by their primary subtag', () => {
    expect(sameLanguage('en-US', 'en')).toBe(true);
    expect(sameLanguage('ar', 'en-US')).toBe(false);
  });
});
