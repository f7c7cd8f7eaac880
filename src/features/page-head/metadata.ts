/**
 * Everything a page says about itself in its `<head>`: title, description,
 * canonical and short links, OpenGraph and Twitter tags for link previews,
 * and JSON-LD for search engines. Built here, in one place, so the article
 * page and its redirect stubs unfurl identically; rendered to escaped HTML
 * by `renderHead`.
 */
import type { SiteSettings } from '../../settings.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { type Correction, lastModified } from '../newsroom/corrections.ts';
import { LOGO_SIZE } from './logo.ts';
import { uiStrings } from '../../lib/i18n.ts';
import { LOGO_PATH, absoluteUrl, authorPath } from '../../lib/paths.ts';
import { type AuthorHandles, profiles } from '../articles/profiles.ts';
import type { PreviewImage } from '../sharing/preview-image.ts';

/** The settings metadata depends on. */
export type MetadataSite = Pick<SiteSettings, 'siteUrl' | 'basePath' | 'publicationName' | 'locale' | 'xHandle' | 'canonicalToOriginal' | 'policies'>;

/** One tag of the head: a `<meta>` (by `name` or `property`) or a `<link>` (in a language, for `hreflang`). */
export type HeadTag = { meta: 'name' | 'property'; key: string; content: string } | { link: string; href: string; hreflang?: string };

/** A page's head, ready to render. */
export interface PageHead {
  /** Text of `<title>`. */
  title: string;
  tags: HeadTag[];
  /** Structured data for search engines, rendered as JSON-LD. */
  jsonLd?: Record<string, unknown>;
}

/** A page that is not an article. */
export interface PageInput {
  title: string;
  description: string;
  /** Site path, for the canonical URL; pages without one (404) get no canonical or preview tags. */
  path?: string | undefined;
  image: PreviewImage;
}

/** An article, with the facts its metadata states. */
export interface ArticleInput {
  title: string;
  description: string;
  /** Site path of the article. */
  path: string;
  /** Absolute short URL. */
  shortUrl: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  /** BCP 47 language of the article. */
  lang: string;
  /** The author, with their handles on other networks; `image`: absolute URL of their portrait, if they have one. */
  author: { id: string; name: string; image?: string | undefined } & AuthorHandles;
  /** Reading time in whole minutes. */
  readingMinutes: number;
  section: string;
  tags: readonly string[];
  image: PreviewImage;
  /** Corrections made since publication; the newest is the article's last modification. */
  corrections?: readonly Correction[];
  /** Where a syndicated article first appeared. */
  originallyPublished?: { name: string; url: string; date: Date } | undefined;
  /** Every published version of the work in another language, this one included (none for a single version). */
  versions?: readonly { lang: string; path: string; original: boolean }[];
  /** The hero in the shapes search engines ask for (16:9, 4:3, 1:1); without them, `image` stands in. */
  searchImages?: readonly PreviewImage[];
}

/** `Headline | Publication`, or the publication's name alone on its own front page. */
export function documentTitle(site: MetadataSite, title: string): string {
  return title === site.publicationName ? title : `${title} | ${site.publicationName}`;
}

/** OpenGraph writes locales as `en_US`; the site's own locale stands for its language. */
export function openGraphLocale(site: MetadataSite, lang: string): string {
  const siteLanguage = site.locale.split('-')[0];
  const locale = lang === siteLanguage ? site.locale : lang;
  return locale.replace('-', '_');
}

/** Absolute URL of a path on the site. */
function urlOf(site: MetadataSite, path: string): string {
  return absoluteUrl(site.siteUrl, site.basePath, path);
}

/** ISO 8601 date and time, without the milliseconds nobody writes. */
function isoInstant(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

const name = (key: string, content: string): HeadTag => ({ meta: 'name', key, content });
const property = (key: string, content: string): HeadTag => ({ meta: 'property', key, content });

/** What OpenGraph says of any page: what it is, its words, its address and its picture. */
function openGraphTags(
  site: MetadataSite,
  page: { type: 'website' | 'article'; title: string; description: string; url: string; lang: string; image: PreviewImage },
): HeadTag[] {
  return [
    property('og:type', page.type),
    property('og:title', page.title),
    property('og:description', page.description),
    property('og:url', page.url),
    property('og:site_name', site.publicationName),
    property('og:locale', openGraphLocale(site, page.lang)),
    property('og:image', urlOf(site, page.image.path)),
    property('og:image:width', String(page.image.width)),
    property('og:image:height', String(page.image.height)),
    property('og:image:type', page.image.type),
    property('og:image:alt', page.image.alt),
  ];
}

/** X reads OpenGraph for the words and picture; these ask for the large card and credit the accounts. */
function twitterTags(site: MetadataSite, creator?: string): HeadTag[] {
  return [name('twitter:card', 'summary_large_image'), name('twitter:site', site.xHandle), ...(creator ? [name('twitter:creator', creator)] : [])];
}

/** Two facts Slack and Discord print under an article's preview: who wrote it and how long it takes to read. */
function previewLabels(article: ArticleInput): HeadTag[] {
  const t = uiStrings(article.lang);
  return [
    name('twitter:label1', t.writtenBy),
    name('twitter:data1', article.author.name),
    name('twitter:label2', t.readingTime),
    name('twitter:data2', t.minutes(article.readingMinutes)),
  ];
}

/** Head of a page that is not an article: the front page, section and author pages, 404. */
export function pageHead(site: MetadataSite, page: PageInput): PageHead {
  const tags: HeadTag[] = [name('description', page.description)];
  if (page.path !== undefined) {
    const url = urlOf(site, page.path);
    tags.push({ link: 'canonical', href: url }, ...openGraphTags(site, { ...page, type: 'website', url, lang: site.locale }), ...twitterTags(site));
  }
  return { title: documentTitle(site, page.title), tags };
}

/**
 * The publisher as search engines and fact-checkers read it: a news
 * organisation, its logo, and the pages stating its principles and its
 * corrections and ethics policies.
 */
export function publisher(site: MetadataSite): Record<string, unknown> {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.publicationName,
    url: urlOf(site, '/'),
    logo: { '@type': 'ImageObject', url: urlOf(site, LOGO_PATH), width: LOGO_SIZE, height: LOGO_SIZE },
    publishingPrinciples: urlOf(site, site.policies.publishingPrinciples),
    correctionsPolicy: urlOf(site, site.policies.correctionsPolicy),
    ethicsPolicy: urlOf(site, site.policies.ethicsPolicy),
  };
}

/** JSON-LD tying a version of a work to the others: an original names its translations, a translation its original. */
function translationData(site: MetadataSite, article: ArticleInput): Record<string, unknown> {
  const versions = article.versions ?? [];
  const work = (version: { lang: string; path: string }) => ({
    '@type': 'CreativeWork',
    url: urlOf(site, version.path),
    inLanguage: version.lang,
  });
  const self = versions.find((version) => version.path === article.path);
  if (!self) return {};
  if (self.original) return { workTranslation: versions.filter((version) => !version.original).map(work) };
  const original = versions.find((version) => version.original);
  return original ? { translationOfWork: work(original) } : {};
}

/** `<link rel="alternate" hreflang>` for every version, this one included, and `x-default` for the original. */
function languageAlternates(site: MetadataSite, versions: ArticleInput['versions'] = []): HeadTag[] {
  const original = versions.find((version) => version.original);
  return [
    ...versions.map((version) => ({ link: 'alternate', href: urlOf(site, version.path), hreflang: version.lang })),
    ...(original ? [{ link: 'alternate', href: urlOf(site, original.path), hreflang: 'x-default' }] : []),
  ];
}

/** An article's addresses and dates, which its tags and its JSON-LD both state. */
interface ArticleFacts {
  /** Its page on the site. */
  pageUrl: string;
  /** Where search engines and sharers are sent: its page, or the original of a syndicated article. */
  canonicalUrl: string;
  /** Its author's page on the site. */
  authorUrl: string;
  published: string;
  /** Its last change: a revision or a correction. */
  modified: string;
}

/** The addresses and dates an article's head states. */
function articleFacts(site: MetadataSite, article: ArticleInput): ArticleFacts {
  const pageUrl = urlOf(site, article.path);
  const { originallyPublished } = article;
  return {
    pageUrl,
    // A syndicated article sends search engines and sharers to the original, unless the publication keeps them here.
    canonicalUrl: originallyPublished && site.canonicalToOriginal ? originallyPublished.url : pageUrl,
    authorUrl: urlOf(site, authorPath(article.author.id)),
    published: isoInstant(article.publishedAt),
    modified: isoInstant(lastModified(article.publishedAt, article.updatedAt, article.corrections ?? [])),
  };
}

/** What OpenGraph says only of an article: its dates, its author, its section and its tags. */
function openGraphArticleTags(article: ArticleInput, facts: ArticleFacts): HeadTag[] {
  return [
    property('article:published_time', facts.published),
    property('article:modified_time', facts.modified),
    property('article:author', facts.authorUrl),
    property('article:section', article.section),
    ...article.tags.map((tag) => property('article:tag', tag)),
  ];
}

/** An article's `<meta>` and `<link>` tags: for search engines, for link previews and to its versions in other languages. */
function articleTags(site: MetadataSite, article: ArticleInput, facts: ArticleFacts): HeadTag[] {
  const { x, mastodon } = article.author;
  return [
    name('description', article.description),
    // Search engines may show the card large in results and Discover.
    name('robots', 'max-image-preview:large'),
    name('author', article.author.name),
    // Mastodon credits the author's account under the preview.
    ...(mastodon ? [name('fediverse:creator', mastodon)] : []),
    { link: 'canonical', href: facts.canonicalUrl },
    { link: 'shortlink', href: article.shortUrl },
    ...languageAlternates(site, article.versions),
    ...openGraphTags(site, { ...article, type: 'article', url: facts.canonicalUrl }),
    ...openGraphArticleTags(article, facts),
    ...twitterTags(site, x),
    ...previewLabels(article),
  ];
}

/** The author as a schema.org Person: name, page, portrait and profiles on other networks. */
function authorData(author: ArticleInput['author'], authorUrl: string): Record<string, unknown> {
  const sameAs = profiles(author).map((profile) => profile.url);
  return {
    '@type': 'Person',
    name: author.name,
    url: authorUrl,
    ...(author.image ? { image: author.image } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/** The pictures search engines may show for an article: the hero's crops, or else the preview image's URL. */
function imageData(site: MetadataSite, article: ArticleInput): unknown {
  const searchImages = article.searchImages ?? [];
  return searchImages.length > 0
    ? searchImages.map(({ path, width, height }) => ({ '@type': 'ImageObject', url: urlOf(site, path), width, height }))
    : urlOf(site, article.image.path);
}

/** JSON-LD of the newsroom's record: the corrections made since publication, and the original a syndicated article is based on. */
function recordData(article: ArticleInput): Record<string, unknown> {
  const { originallyPublished, corrections = [] } = article;
  return {
    ...(corrections.length > 0
      ? {
          correction: corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: isoInstant(correction.date),
          })),
        }
      : {}),
    ...(originallyPublished
      ? {
          isBasedOn: {
            '@type': 'CreativeWork',
            url: originallyPublished.url,
            datePublished: isoInstant(originallyPublished.date),
            publisher: { '@type': 'Organization', name: originallyPublished.name },
          },
        }
      : {}),
  };
}

/** The article as a schema.org OpinionNewsArticle, the JSON-LD search engines read. */
function articleJsonLd(site: MetadataSite, article: ArticleInput, facts: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: facts.published,
    dateModified: facts.modified,
    author: authorData(article.author, facts.authorUrl),
    publisher: publisher(site),
    image: imageData(site, article),
    mainEntityOfPage: facts.pageUrl,
    inLanguage: article.lang,
    isAccessibleForFree: true,
    ...recordData(article),
    ...translationData(site, article),
  };
}

/** Head of an article: everything link previews and search engines read. */
export function articleHead(site: MetadataSite, article: ArticleInput): PageHead {
  const facts = articleFacts(site, article);
  return { title: documentTitle(site, article.title), tags: articleTags(site, article, facts), jsonLd: articleJsonLd(site, article, facts) };
}

/**
 * JSON for a `<script type="application/ld+json">`. Every `<` becomes
 * `\u003c`, so no text (a headline quoting `</script>`) can close the
 * element early; JSON parsers read the escape as the same character.
 */
export function serialiseJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function renderTag(tag: HeadTag): string {
  if ('link' in tag) {
    const hreflang = tag.hreflang ? ` hreflang="${escapeHtml(tag.hreflang)}"` : '';
    return `<link rel="${escapeHtml(tag.link)}"${hreflang} href="${escapeHtml(tag.href)}">`;
  }
  return `<meta ${tag.meta}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.content)}">`;
}

/** The head as HTML: `<title>`, the tags, then the JSON-LD script. */
export function renderHead(head: PageHead): string {
  const parts = [`<title>${escapeHtml(head.title)}</title>`, ...head.tags.map(renderTag)];
  if (head.jsonLd) parts.push(`<script type="application/ld+json">${serialiseJsonLd(head.jsonLd)}</script>`);
  return parts.join('');
}
