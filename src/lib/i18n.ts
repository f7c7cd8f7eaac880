/** Interface words of the site in each language an article can be written in. */
export interface UiStrings {
  /** Introduces the byline's author name. */
  by: string;
  /** Reading time, from whole minutes. */
  minutesToRead: (minutes: number) => string;
  /** Reading time, short, for a link preview's label ("6 min"). */
  minutes: (minutes: number) => string;
  /** A link preview's label before the author's name. */
  writtenBy: string;
  /** A link preview's label before the reading time. */
  readingTime: string;
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
  /** The control that shares words selected in the article. */
  shareQuote: string;
  /** The link under a pull quote to its own short link. */
  shareThisQuote: string;
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
  /** Accessible name of the box a wide table scrolls in, on a narrow screen. */
  table: string;
  /** Accessible name of the box a long block of code scrolls in. */
  code: string;
  /** Names the masthead's and the footer's list of sections. */
  sections: string;
  /** The masthead menu holding the sections that do not fit. */
  more: string;
  /** The link to the list of authors. */
  authors: string;
  /** The link to the site's feed. */
  feed: string;
  /** The link to the page about the publication and its policies. */
  about: string;
  /** Names the footer's links. */
  siteLinks: string;
  /** Heading over an article's list of subheadings. */
  contents: string;
  /** Label of one dated correction note. */
  correction: string;
  /** Heading over an article's corrections, and the link to every correction. */
  corrections: string;
  /** Heading over the author's other articles. */
  moreFrom: (name: string) => string;
  /** Heading over related articles. */
  related: string;
  /** Introduces the publication a syndicated article first appeared in. */
  firstPublishedIn: string;
  /** Joins that publication's name and the date it appeared. */
  publishedOn: string;
  /** The link to a version of an article in this language, said in this language. */
  readInThisLanguage: string;
}

/** Arabic has six plural forms; reading time uses the ones a count of minutes can take. */
const arabicPlural = new Intl.PluralRules('ar');
const arabicNumber = new Intl.NumberFormat('ar');

/** A count of minutes in Arabic, in the plural form the count takes. */
function arabicMinutes(minutes: number): string {
  const n = arabicNumber.format(minutes);
  switch (arabicPlural.select(minutes)) {
    case 'one':
      return 'دقيقة واحدة';
    case 'two':
      return 'دقيقتان';
    case 'few':
      return `${n} دقائق`;
    default:
      return `${n} دقيقة`;
  }
}

const strings: Record<string, UiStrings> = {
  en: {
    by: 'By',
    minutesToRead: (minutes) => `${minutes} min read`,
    minutes: (minutes) => `${minutes} min`,
    writtenBy: 'Written by',
    readingTime: 'Reading time',
    aboutTheAuthor: 'About the author',
    updated: 'Updated',
    share: 'Share',
    shortLink: 'Short link',
    copy: 'Copy',
    copied: 'Copied',
    shareQuote: 'Share quote',
    shareThisQuote: 'Share this quote',
    follow: (name) => `Follow ${name}`,
    topics: 'Topics',
    skipToContent: 'Skip to content',
    search: 'Search',
    searchArticles: 'Search articles',
    notes: 'Notes',
    backToReference: (reference) => `Back to reference ${reference}`,
    table: 'Table',
    code: 'Code',
    sections: 'Sections',
    more: 'More',
    authors: 'Authors',
    feed: 'RSS feed',
    about: 'About',
    siteLinks: 'Site',
    contents: 'Contents',
    correction: 'Correction',
    corrections: 'Corrections',
    moreFrom: (name) => `More from ${name}`,
    related: 'Related',
    firstPublishedIn: 'First published in',
    publishedOn: 'on',
    readInThisLanguage: 'Read in English',
  },
  ar: {
    by: 'بقلم',
    minutesToRead: (minutes) => `${arabicMinutes(minutes)} للقراءة`,
    minutes: arabicMinutes,
    writtenBy: 'بقلم',
    readingTime: 'مدة القراءة',
    aboutTheAuthor: 'عن الكاتب',
    updated: 'آخر تحديث',
    share: 'مشاركة',
    shortLink: 'الرابط المختصر',
    copy: 'نسخ',
    copied: 'تم النسخ',
    shareQuote: 'شارك الاقتباس',
    shareThisQuote: 'شارك هذا الاقتباس',
    follow: (name) => `تابع ${name}`,
    topics: 'مواضيع',
    skipToContent: 'انتقل إلى المحتوى',
    search: 'بحث',
    searchArticles: 'ابحث في المقالات',
    notes: 'الهوامش',
    backToReference: (reference) => `العودة إلى الإحالة ${arabicNumber.format(reference)}`,
    table: 'جدول',
    code: 'شيفرة',
    sections: 'الأقسام',
    more: 'المزيد',
    authors: 'الكتّاب',
    feed: 'خلاصة RSS',
    about: 'من نحن',
    siteLinks: 'الموقع',
    contents: 'المحتويات',
    correction: 'تصحيح',
    corrections: 'تصحيحات',
    moreFrom: (name) => `المزيد من ${name}`,
    related: 'مقالات ذات صلة',
    firstPublishedIn: 'نُشر أولاً في',
    publishedOn: 'بتاريخ',
    readInThisLanguage: 'اقرأ بالعربية',
  },
};

/** Interface words for a BCP 47 tag, falling back to its language, then English. */
export function uiStrings(lang: string): UiStrings {
  return strings[lang] ?? strings[lang.split('-')[0] ?? ''] ?? strings.en!;
}

/**
 * What the link to an article's version in `lang` says, in that language:
 * the interface's words where the site has them, else the language's own name.
 */
export function readInLanguage(lang: string): string {
  const known = strings[lang] ?? strings[lang.split('-')[0] ?? ''];
  if (known) return known.readInThisLanguage;
  return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
}

/** The language of an article that names none. */
export const DEFAULT_LANGUAGE = 'en';

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a BCP 47 language tag, for the `dir` attribute. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
