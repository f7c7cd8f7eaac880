/**
 * Everything a page says about itself in its `<head>`: title, description,
 * canonical and short links, OpenGraph and Twitter tags for link previews,
 * and JSON-LD for search engines. Built here, in one place, so the article
 * page and its redirect stubs unfurl identically; rendered to escaped HTML
 * by `renderHead`.
 */
import type { SiteSettings } from '../settings';
import { uiStrings } from './i18n';
import { absoluteUrl, authorPath } from './paths';
import { type AuthorHandles, profiles } from './profiles';

/** The settings metadata depends on. */
export type MetadataSite = Pick<SiteSettings, 'siteUrl' | 'basePath' | 'publicationName' | 'locale' | 'xHandle'>;

/** One tag of the head: a `<meta>` (by `name` or `property`) or a `<link>`. */
export type HeadTag =
  | { meta: 'name' | 'property'; key: string; content: string }
  | { link: string; href: string };

/** A page's head, ready to render. */
export interface PageHead {
  /** Text of `<title>`. */
  title: string;
  tags: HeadTag[];
  /** Structured data for search engines, rendered as JSON-LD. */
  jsonLd?: Record<string, unknown>;
}

/** The image link previews show. */
export interface PreviewImage {
  /** Site path of the image. */
  path: string;
  width: number;
  height: number;
  /** MIME type. */
  type: string;
  /** What the image shows, for people who cannot see it. */
  alt: string;
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
  /** The author, with their handles on other networks. */
  author: { id: string; name: string } & AuthorHandles;
  /** Reading time in whole minutes. */
  readingMinutes: number;
  section: string;
  tags: readonly string[];
  image: PreviewImage;
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
    property('og:image', absoluteUrl(site.siteUrl, site.basePath, page.image.path)),
    property('og:image:width', String(page.image.width)),
    property('og:image:height', String(page.image.height)),
    property('og:image:type', page.image.type),
    property('og:image:alt', page.image.alt),
  ];
}

/** X reads OpenGraph for the words and picture; these ask for the large card and credit the accounts. */
function twitterTags(site: MetadataSite, creator?: string): HeadTag[] {
  return [
    name('twitter:card', 'summary_large_image'),
    name('twitter:site', site.xHandle),
    ...(creator ? [name('twitter:creator', creator)] : []),
  ];
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
    const url = absoluteUrl(site.siteUrl, site.basePath, page.path);
    tags.push(
      { link: 'canonical', href: url },
      ...openGraphTags(site, { ...page, type: 'website', url, lang: site.locale }),
      ...twitterTags(site),
    );
  }
  return { title: documentTitle(site, page.title), tags };
}

/** Head of an article: everything link previews and search engines read. */
export function articleHead(site: MetadataSite, article: ArticleInput): PageHead {
  const url = absoluteUrl(site.siteUrl, site.basePath, article.path);
  const home = absoluteUrl(site.siteUrl, site.basePath, '/');
  const authorUrl = absoluteUrl(site.siteUrl, site.basePath, authorPath(article.author.id));
  const imageUrl = absoluteUrl(site.siteUrl, site.basePath, article.image.path);
  const published = isoInstant(article.publishedAt);
  const modified = isoInstant(article.updatedAt ?? article.publishedAt);
  const { x, mastodon } = article.author;
  const sameAs = profiles(article.author).map((profile) => profile.url);

  const tags: HeadTag[] = [
    name('description', article.description),
    // Search engines may show the card large in results and Discover.
    name('robots', 'max-image-preview:large'),
    name('author', article.author.name),
    // Mastodon credits the author's account under the preview.
    ...(mastodon ? [name('fediverse:creator', mastodon)] : []),
    { link: 'canonical', href: url },
    { link: 'shortlink', href: article.shortUrl },
    ...openGraphTags(site, { ...article, type: 'article', url }),
    property('article:published_time', published),
    property('article:modified_time', modified),
    property('article:author', authorUrl),
    property('article:section', article.section),
    ...article.tags.map((tag) => property('article:tag', tag)),
    ...twitterTags(site, x),
    ...previewLabels(article),
  ];

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: published,
    dateModified: modified,
    author: {
      '@type': 'Person',
      name: article.author.name,
      url: authorUrl,
      ...(sameAs.length > 0 ? { sameAs } : {}),
    },
    publisher: { '@type': 'Organization', name: site.publicationName, url: home },
    image: imageUrl,
    mainEntityOfPage: url,
    inLanguage: article.lang,
    isAccessibleForFree: true,
  };

  return { title: documentTitle(site, article.title), tags, jsonLd };
}

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
  if ('link' in tag) return `<link rel="${escapeHtml(tag.link)}" href="${escapeHtml(tag.href)}">`;
  return `<meta ${tag.meta}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.content)}">`;
}

/** The head as HTML: `<title>`, the tags, then the JSON-LD script. */
export function renderHead(head: PageHead): string {
  const parts = [`<title>${escapeHtml(head.title)}</title>`, ...head.tags.map(renderTag)];
  if (head.jsonLd) parts.push(`<script type="application/ld+json">${serialiseJsonLd(head.jsonLd)}</script>`);
  return parts.join('');
}
