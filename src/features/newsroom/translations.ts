/**
 * Articles tied together as versions of one work in several languages:
 * each translation names its original with `translationOf`. Checked for
 * the whole collection (drafts too), so a wrong id stops the build with
 * the file and field named rather than publishing a link to nowhere.
 */
import { ContentError } from '../../lib/content-error.ts';

/** What grouping needs to know of an article. */
export interface TranslationSource {
  id: string;
  /** The article's source file, for messages. */
  file: string;
  lang: string;
  translationOf?: string | undefined;
  /** Whether readers may see it: only published versions are linked. */
  published: boolean;
}

/** One version of a work, in its language. */
export interface Version {
  id: string;
  lang: string;
  /** Whether this is the original the others translate. */
  original: boolean;
}

/**
 * The versions of every published article that has any, by article id:
 * the original first, then translations by language. Throws a
 * ContentError for a `translationOf` that names no article, the article
 * itself, a translation rather than an original, or a language the work
 * already has.
 */
export function translationGroups(sources: readonly TranslationSource[]): Map<string, Version[]> {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const languages = new Map<string, Map<string, TranslationSource>>();
  const field = 'translationOf';
  for (const source of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    const { translationOf } = source;
    if (translationOf === undefined) continue;
    if (translationOf === source.id) throw new ContentError(source.file, field, 'an article cannot be a translation of itself');
    const original = byId.get(translationOf);
    if (!original) throw new ContentError(source.file, field, `no article "${translationOf}" in the articles collection`);
    if (original.translationOf !== undefined) {
      throw new ContentError(source.file, field, `"${translationOf}" is itself a translation; name its original, "${original.translationOf}"`);
    }
    const taken = languages.get(original.id) ?? new Map([[original.lang, original]]);
    const rival = taken.get(source.lang);
    if (rival) {
      throw new ContentError(source.file, field, `"${translationOf}" already has a version in "${source.lang}" (${rival.file}); give this one its own lang`);
    }
    taken.set(source.lang, source);
    languages.set(original.id, taken);
  }

  const groups = new Map<string, Version[]>();
  for (const [originalId, versions] of languages) {
    const visible = [...versions.values()]
      .filter((version) => version.published)
      .map((version) => ({ id: version.id, lang: version.lang, original: version.id === originalId }))
      .sort((a, b) => Number(b.original) - Number(a.original) || a.lang.localeCompare(b.lang));
    if (visible.length < 2) continue;
    for (const version of visible) groups.set(version.id, visible);
  }
  return groups;
}
