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
  /** The link under a pull quote to its own short link. */
  shareQuote: string;
  /** The link to an author's page and feed. */
  follow: (name: string) => string;
  /** Names the list of an article's tags. */
  topics: string;
  /** The skip link to the main content. */
  skipToContent: string;
  /** The search button. */
  search: string;
  /** Accessible name of the search box. */
  searchArticles: string;
  /** Heading of an article's footnotes. */
  notes: string;
  /** Accessible name of a footnote's link back to where it is cited, from its number. */
  backToReference: (reference: number) => string;
}

/** Arabic has six plural forms; reading time uses the ones a count of minutes can take. */
const arabicPlural = new Intl.PluralRules('ar');
const arabicNumber = new Intl.NumberFormat('ar');

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
    shareQuote: 'Share this quote',
    follow: (name) => `Follow ${name}`,
    topics: 'Topics',
    skipToContent: 'Skip to content',
    search: 'Search',
    searchArticles: 'Search articles',
    notes: 'Notes',
    backToReference: (reference) => `Back to reference ${reference}`,
  },
  ar: {
    by: 'بقلم',
    minutesToRead: (minutes) => {
      const n = arabicNumber.format(minutes);
      switch (arabicPlural.select(minutes)) {
        case 'one':
          return 'دقيقة واحدة للقراءة';
        case 'two':
          return 'دقيقتان للقراءة';
        case 'few':
          return `${n} دقائق للقراءة`;
        default:
          return `${n} دقيقة للقراءة`;
      }
    },
    aboutTheAuthor: 'عن الكاتب',
    updated: 'آخر تحديث',
    share: 'مشاركة',
    shortLink: 'الرابط المختصر',
    copy: 'نسخ',
    copied: 'تم النسخ',
    shareQuote: 'شارك هذا الاقتباس',
    follow: (name) => `تابع ${name}`,
    topics: 'مواضيع',
    skipToContent: 'انتقل إلى المحتوى',
    search: 'بحث',
    searchArticles: 'ابحث في المقالات',
    notes: 'الهوامش',
    backToReference: (reference) => `العودة إلى الإحالة ${arabicNumber.format(reference)}`,
  },
};

/** Interface words for a BCP 47 tag, falling back to its language, then English. */
export function uiStrings(lang: string): UiStrings {
  return strings[lang] ?? strings[lang.split('-')[0] ?? ''] ?? strings.en!;
}

/** The language of an article that names none. */
export const DEFAULT_LANGUAGE = 'en';

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a BCP 47 language tag, for the `dir` attribute. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
