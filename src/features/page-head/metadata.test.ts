import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type ArticleInput, type MetadataSite, articleHead, openGraphLocale, pageHead, renderHead, serialiseJsonLd } from './metadata.ts';

const site: MetadataSite = {
  siteUrl: 'https://news.example',
  basePath: '/longread/',
  publicationName: 'The Example',
  locale: 'en-US',
  xHandle: '@example',
  canonicalToOriginal: true,
  policies: { publishingPrinciples: '/about/', correctionsPolicy: '/about/#corrections', ethicsPolicy: '/about/#ethics' },
};

const article: ArticleInput = {
  title: 'A "headline" with <b>tags</b> & </script><script>alert(1)</script>',
  description: 'What it says & why.',
  path: '/opinion/a-slug/',
  shortUrl: 'https://news.example/longread/s/k7tq4',
  publishedAt: new Date('2025-10-20'),
  updatedAt: new Date('2025-10-22'),
  lang: 'en',
  author: { id: 'ada', name: 'Ada Writer', x: '@adawriter' },
  readingMinutes: 6,
  section: 'Opinion',
  tags: ['Pakistan', 'Afghanistan'],
  image: { path: '/opinion/a-slug/card.png', width: 1200, height: 630, type: 'image/png', alt: 'The card' },
};

/** The rendered head, parsed as a browser would. */
function parsed(html: string): Document {
  return parseHTML(`<!doctype html><html><head>${html}</head><body></body></html>`).document;
}

const meta = (document: Document, key: string): string[] =>
  [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content')!);

describe('article metadata', () => {
  const document = parsed(renderHead(articleHead(site, article)));

  it('states title, description, canonical and short link, all URLs absolute with the base path', () => {
    expect(document.title).toBe(`${article.title} | The Example`);
    expect(meta(document, 'description')).toEqual([article.description]);
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example/longread/opinion/a-slug/');
    expect(document.querySelector('link[rel=shortlink]')?.getAttribute('href')).toBe(article.shortUrl);
  });

  it('has every OpenGraph tag once, og:type=article', () => {
    expect(meta(document, 'og:type')).toEqual(['article']);
    expect(meta(document, 'og:title')).toEqual([article.title]);
    expect(meta(document, 'og:description')).toEqual([article.description]);
    expect(meta(document, 'og:url')).toEqual(['https://news.example/longread/opinion/a-slug/']);
    expect(meta(document, 'og:site_name')).toEqual(['The Example']);
    expect(meta(document, 'og:locale')).toEqual(['en_US']);
    expect(meta(document, 'og:image')).toEqual(['https://news.example/longread/opinion/a-slug/card.png']);
    expect(meta(document, 'og:image:width')).toEqual(['1200']);
    expect(meta(document, 'og:image:height')).toEqual(['630']);
    expect(meta(document, 'og:image:type')).toEqual(['image/png']);
    expect(meta(document, 'og:image:alt')).toEqual(['The card']);
  });

  it('has the article and Twitter tags', () => {
    expect(meta(document, 'article:published_time')).toEqual(['2025-10-20T00:00:00Z']);
    expect(meta(document, 'article:modified_time')).toEqual(['2025-10-22T00:00:00Z']);
    expect(meta(document, 'article:author')).toEqual(['https://news.example/longread/authors/ada/']);
    expect(meta(document, 'article:section')).toEqual(['Opinion']);
    expect(meta(document, 'article:tag')).toEqual(['Pakistan', 'Afghanistan']);
    expect(meta(document, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(document, 'twitter:site')).toEqual(['@example']);
    expect(meta(document, 'twitter:creator')).toEqual(['@adawriter']);
  });

  it('asks for large image previews and gives Slack and Discord the author and reading time', () => {
    expect(meta(document, 'robots')).toEqual(['max-image-preview:large']);
    expect(meta(document, 'twitter:label1')).toEqual(['Written by']);
    expect(meta(document, 'twitter:data1')).toEqual(['Ada Writer']);
    expect(meta(document, 'twitter:label2')).toEqual(['Reading time']);
    expect(meta(document, 'twitter:data2')).toEqual(['6 min']);
  });

  it('labels the preview in the article’s language', () => {
    const arabic = parsed(renderHead(articleHead(site, { ...article, lang: 'ar', readingMinutes: 2 })));
    expect(meta(arabic, 'twitter:label2')).toEqual(['مدة القراءة']);
    expect(meta(arabic, 'twitter:data2')).toEqual(['دقيقتان']);
  });

  it('credits the author’s Mastodon account and lists every profile as sameAs', () => {
    const author = { ...article.author, mastodon: '@ada@mastodon.example', bluesky: '@ada.bsky.social', threads: '@ada.writes' };
    const head = articleHead(site, { ...article, author });
    const withProfiles = parsed(renderHead(head));
    expect(meta(withProfiles, 'fediverse:creator')).toEqual(['@ada@mastodon.example']);
    expect(head.jsonLd!.author).toMatchObject({
      sameAs: ['https://x.com/adawriter', 'https://mastodon.example/@ada', 'https://bsky.app/profile/ada.bsky.social', 'https://www.threads.com/@ada.writes'],
    });
    expect(meta(document, 'fediverse:creator')).toEqual([]);
  });

  it('escapes frontmatter text: one title element, no injected tags', () => {
    expect(document.querySelectorAll('title')).toHaveLength(1);
    expect(document.querySelectorAll('b')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('describes the article as OpinionNewsArticle JSON-LD, with </script> escaped', () => {
    const script = document.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.toContain('</script>');
    expect(script.textContent).toContain('\\u003c/script>');
    const data = JSON.parse(script.textContent!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      headline: article.title,
      description: article.description,
      datePublished: '2025-10-20T00:00:00Z',
      dateModified: '2025-10-22T00:00:00Z',
      author: { '@type': 'Person', name: 'Ada Writer', sameAs: ['https://x.com/adawriter'] },
      publisher: { '@type': 'NewsMediaOrganization', name: 'The Example' },
      image: 'https://news.example/longread/opinion/a-slug/card.png',
      mainEntityOfPage: 'https://news.example/longread/opinion/a-slug/',
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
  });

  it('leaves out twitter:creator and sameAs for an author without handles', () => {
    const head = articleHead(site, { ...article, author: { id: 'ada', name: 'Ada Writer' } });
    expect(head.tags.some((tag) => 'key' in tag && tag.key === 'twitter:creator')).toBe(false);
    expect(head.jsonLd!.author).not.toHaveProperty('sameAs');
  });

  it('offers search engines the hero’s crops as absolute ImageObjects, and the author’s portrait', () => {
    const crop = (name: string, width: number, height: number) => ({
      path: `/opinion/a-slug/${name}.jpg`,
      width,
      height,
      type: 'image/jpeg',
      alt: 'Hills at dawn.',
    });
    const head = articleHead(site, {
      ...article,
      author: { ...article.author, image: 'https://news.example/longread/_astro/ada.jpg' },
      image: crop('card', 1200, 630),
      searchImages: [crop('image-16x9', 1200, 675), crop('image-4x3', 1200, 900), crop('image-1x1', 1200, 1200)],
    });
    expect(head.jsonLd!.image).toEqual([
      { '@type': 'ImageObject', url: 'https://news.example/longread/opinion/a-slug/image-16x9.jpg', width: 1200, height: 675 },
      { '@type': 'ImageObject', url: 'https://news.example/longread/opinion/a-slug/image-4x3.jpg', width: 1200, height: 900 },
      { '@type': 'ImageObject', url: 'https://news.example/longread/opinion/a-slug/image-1x1.jpg', width: 1200, height: 1200 },
    ]);
    expect(head.jsonLd!.author).toMatchObject({ image: 'https://news.example/longread/_astro/ada.jpg' });
    const document = parsed(renderHead(head));
    expect(meta(document, 'og:image')).toEqual(['https://news.example/longread/opinion/a-slug/card.jpg']);
    expect(meta(document, 'og:image:type')).toEqual(['image/jpeg']);
    expect(meta(document, 'og:image:alt')).toEqual(['Hills at dawn.']);
  });

  it('uses the modification date of first publication when the article was never revised', () => {
    const document = parsed(renderHead(articleHead(site, { ...article, updatedAt: undefined })));
    expect(meta(document, 'article:modified_time')).toEqual(['2025-10-20T00:00:00Z']);
  });
});

describe('the newsroom’s record in article metadata', () => {
  const jsonLd = (input: ArticleInput) => JSON.parse(parsed(renderHead(articleHead(site, input))).querySelector('script')!.textContent!);

  it('names the publisher as a news organisation with its logo and policies', () => {
    expect(jsonLd(article).publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'The Example',
      url: 'https://news.example/longread/',
      logo: { '@type': 'ImageObject', url: 'https://news.example/longread/logo.png', width: 512, height: 512 },
      publishingPrinciples: 'https://news.example/longread/about/',
      correctionsPolicy: 'https://news.example/longread/about/#corrections',
      ethicsPolicy: 'https://news.example/longread/about/#ethics',
    });
  });

  it('dates the modification at the newest correction and states each correction', () => {
    const corrected = {
      ...article,
      corrections: [
        { date: new Date('2025-10-24'), text: 'A name was misspelt.' },
        { date: new Date('2025-10-21'), text: 'A date was wrong.' },
      ],
    };
    const document = parsed(renderHead(articleHead(site, corrected)));
    expect(meta(document, 'article:modified_time')).toEqual(['2025-10-24T00:00:00Z']);
    const data = jsonLd(corrected);
    expect(data.dateModified).toBe('2025-10-24T00:00:00Z');
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'A name was misspelt.', datePublished: '2025-10-24T00:00:00Z' },
      { '@type': 'CorrectionComment', text: 'A date was wrong.', datePublished: '2025-10-21T00:00:00Z' },
    ]);
    expect(jsonLd(article)).not.toHaveProperty('correction');
  });

  const syndicated = {
    ...article,
    originallyPublished: { name: 'The Daily Example', url: 'https://daily.example/2025/story', date: new Date('2025-10-18') },
  };

  it('sends canonical and og:url of a syndicated article to the original, and says it is based on it', () => {
    const document = parsed(renderHead(articleHead(site, syndicated)));
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://daily.example/2025/story');
    expect(meta(document, 'og:url')).toEqual(['https://daily.example/2025/story']);
    expect(jsonLd(syndicated).isBasedOn).toEqual({
      '@type': 'CreativeWork',
      url: 'https://daily.example/2025/story',
      datePublished: '2025-10-18T00:00:00Z',
      publisher: { '@type': 'Organization', name: 'The Daily Example' },
    });
  });

  it('keeps the canonical at home when the setting says so', () => {
    const document = parsed(renderHead(articleHead({ ...site, canonicalToOriginal: false }, syndicated)));
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example/longread/opinion/a-slug/');
    expect(meta(document, 'og:url')).toEqual(['https://news.example/longread/opinion/a-slug/']);
  });

  const versions = [
    { lang: 'en', path: '/opinion/a-slug/', original: true },
    { lang: 'ar', path: '/arabic/a-slug-ar/', original: false },
  ];
  const alternates = (document: Document) =>
    [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);

  it('links every version of a translated work, the original as x-default, the same on both', () => {
    const original = parsed(renderHead(articleHead(site, { ...article, versions })));
    const translation = parsed(renderHead(articleHead(site, { ...article, path: '/arabic/a-slug-ar/', lang: 'ar', versions })));
    const expected = [
      ['en', 'https://news.example/longread/opinion/a-slug/'],
      ['ar', 'https://news.example/longread/arabic/a-slug-ar/'],
      ['x-default', 'https://news.example/longread/opinion/a-slug/'],
    ];
    expect(alternates(original)).toEqual(expected);
    expect(alternates(translation)).toEqual(expected);
    expect(alternates(parsed(renderHead(articleHead(site, article))))).toEqual([]);
  });

  it('names the translations of an original, and the original of a translation', () => {
    expect(jsonLd({ ...article, versions }).workTranslation).toEqual([
      { '@type': 'CreativeWork', url: 'https://news.example/longread/arabic/a-slug-ar/', inLanguage: 'ar' },
    ]);
    expect(jsonLd({ ...article, path: '/arabic/a-slug-ar/', lang: 'ar', versions }).translationOfWork).toEqual({
      '@type': 'CreativeWork',
      url: 'https://news.example/longread/opinion/a-slug/',
      inLanguage: 'en',
    });
  });
});

describe('page metadata', () => {
  const image = { path: '/card.png', width: 1200, height: 630, type: 'image/png', alt: 'The site' };

  it('gives the front page the publication name alone as title and the site card', () => {
    const document = parsed(renderHead(pageHead(site, { title: 'The Example', description: 'd', path: '/', image })));
    expect(document.title).toBe('The Example');
    expect(meta(document, 'og:type')).toEqual(['website']);
    expect(meta(document, 'og:image')).toEqual(['https://news.example/longread/card.png']);
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example/longread/');
  });

  it('gives a page without a path (404) no canonical and no preview tags', () => {
    const document = parsed(renderHead(pageHead(site, { title: 'Not found', description: 'd', image })));
    expect(document.querySelector('link[rel=canonical]')).toBeNull();
    expect(meta(document, 'og:title')).toEqual([]);
  });
});

describe('helpers', () => {
  it('writes OpenGraph locales with an underscore, other languages as themselves', () => {
    expect(openGraphLocale(site, 'en')).toBe('en_US');
    expect(openGraphLocale(site, 'ar')).toBe('ar');
  });

  it('escapes every < in JSON-LD', () => {
    expect(serialiseJsonLd({ a: '<!-- </script>' })).toBe('{"a":"\\u003c!-- \\u003c/script>"}');
  });
});
