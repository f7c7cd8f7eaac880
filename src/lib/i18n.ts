/** Interface words of the site in each language an article can be written in. */
export interface UiStrings {
  /** Introduces the byline's author name. */
  by: string;
  /** Reading time, from whole minutes. */
  minutesToRead: (minutes: number) => string;
  /** Heading over the author's bio. */
  aboutTheAuthor: string;
  /** Introduces the date of the last revision. */
  updated: string;
  /** Names the share bar for assistive technology. */
  share: string;
  /** Label of the short-link field. */
  shortLink: string;
  /** The button that copies the short link. */
  copy: string;
  /** Said once the short link is on the clipboard. */
  copied: string;
  /** The link to an author's page and feed. */
  follow: (name: string) => string;
}

const strings: Record<string, UiStrings> = {
  en: {
    by: 'By',
    minutesToRead: (minutes) => `${minutes} min read`,
    aboutTheAuthor: 'About the author',
    updated: 'Updated',
    share: 'Share',
    shortLink: 'Short link',
    copy: 'Copy',
    copied: 'Copied',
    follow: (name) => `Follow ${name}`,
  },
  ar: {
    by: 'بقلم',
    // Arabic counts one and two with the word alone, 3–10 with the plural, from 11 with the singular.
    minutesToRead: (minutes) => {
      const form = new Intl.PluralRules('ar').select(minutes);
      if (form === 'one') return 'دقيقة واحدة للقراءة';
      if (form === 'two') return 'دقيقتان للقراءة';
      return `${minutes} ${form === 'few' ? 'دقائق' : 'دقيقة'} للقراءة`;
    },
    aboutTheAuthor: 'عن الكاتب',
    updated: 'آخر تحديث',
    share: 'مشاركة',
    shortLink: 'رابط مختصر',
    copy: 'نسخ',
    copied: 'تم النسخ',
    follow: (name) => `تابع ${name}`,
  },
};

/** Interface words for a BCP 47 tag, falling back to its language, then English. */
export function uiStrings(lang: string): UiStrings {
  return strings[lang] ?? strings[lang.split('-')[0] ?? ''] ?? strings.en!;
}

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a BCP 47 language tag, for the `dir` attribute. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** Whether two BCP 47 tags name the same language (`en-US` and `en` do). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}
