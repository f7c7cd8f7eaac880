import { describe, expect, it } from 'vitest';
import { type TranslationSource, translationGroups } from './translations.ts';

const article = (id: string, lang: string, translationOf?: string, published = true): TranslationSource => ({
  id,
  file: `articles/${id}.mdx`,
  lang,
  translationOf,
  published,
});

describe('translations', () => {
  it('group an original with its translations, original first, then by language', () => {
    const groups = translationGroups([article('water', 'en'), article('water-fr', 'fr', 'water'), article('water-ar', 'ar', 'water'), article('alone', 'en')]);
    const expected = [
      { id: 'water', lang: 'en', original: true },
      { id: 'water-ar', lang: 'ar', original: false },
      { id: 'water-fr', lang: 'fr', original: false },
    ];
    expect(groups.get('water')).toEqual(expected);
    expect(groups.get('water-ar')).toEqual(expected);
    expect(groups.get('water-fr')).toEqual(expected);
    expect(groups.has('alone')).toBe(false);
  });

  it('link only published versions, and none when only one is published', () => {
    const groups = translationGroups([article('water', 'en', undefined, false), article('water-ar', 'ar', 'water')]);
    expect(groups.size).toBe(0);
  });

  it('refuse an unknown article, naming the file and the field', () => {
    expect(() => translationGroups([article('water-ar', 'ar', 'nowhere')])).toThrow(
      'articles/water-ar.mdx: field "translationOf": no article "nowhere" in the articles collection',
    );
  });

  it('refuse an article that translates itself', () => {
    expect(() => translationGroups([article('water', 'en', 'water')])).toThrow(/water\.mdx: field "translationOf": .*itself/);
  });

  it('refuse a translation of a translation, naming the original', () => {
    expect(() => translationGroups([article('water', 'en'), article('water-ar', 'ar', 'water'), article('water-fa', 'fa', 'water-ar')])).toThrow(
      /water-fa\.mdx: field "translationOf": "water-ar" is itself a translation; name its original, "water"/,
    );
  });

  it('refuse a second version in one language', () => {
    expect(() => translationGroups([article('water', 'en'), article('water-en', 'en', 'water')])).toThrow(
      /water-en\.mdx: field "translationOf": "water" already has a version in "en"/,
    );
  });
});
