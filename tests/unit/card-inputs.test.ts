import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSources } from '../../scripts/draw-cards';
import { articleCardInput, plannedArticleCards, plannedHeroPhotos } from '../../src/lib/card-inputs';

const authors = { 'owais-tohid': 'name: Owais Tohid\nbio: Writes.\n', 'json-author': '{"name": " A. Writer ", "bio": "Writes."}' };
const sections = { opinion: 'name: Opinion\ndescription: Views.\n', essays: 'name: مقالات\ndescription: Essays.\n' };
const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;

describe('card inputs', () => {
  it('give a card the headline, section, author and publication, in the article’s direction', () => {
    expect(articleCardInput({ title: 'A headline', lang: 'ar' }, { section: 'Opinion', author: 'A. Writer', publication: 'Arab News' })).toEqual({
      title: 'A headline',
      kicker: 'Opinion',
      byline: 'A. Writer',
      publication: 'Arab News',
      dir: 'rtl',
    });
  });

  it('are read from content files as the schemas read them: trimmed, English unless a language is set', () => {
    const cards = plannedArticleCards(
      {
        articles: {
          'spaced.mdx': article('title: "  Spaced headline  "\nauthor: owais-tohid\nsection: opinion'),
          'arabic.mdx': article('title: عنوان\nauthor: json-author\nsection: essays\nlang: ar'),
        },
        authors,
        sections,
      },
      'Arab News',
    );
    expect(cards).toEqual([
      { title: 'Spaced headline', kicker: 'Opinion', byline: 'Owais Tohid', publication: 'Arab News', dir: 'ltr' },
      { title: 'عنوان', kicker: 'مقالات', byline: 'A. Writer', publication: 'Arab News', dir: 'rtl' },
    ]);
  });

  it('leave out drafts and articles that cannot be read, which the build reports', () => {
    const cards = plannedArticleCards(
      {
        articles: Object.fromEntries(
          [
            article('title: Draft\nauthor: owais-tohid\nsection: opinion\ndraft: true'),
            article('title: Nobody wrote this\nauthor: nobody\nsection: opinion'),
            article('title: Nowhere\nauthor: owais-tohid\nsection: nowhere'),
            article('title: [broken\nauthor: owais-tohid'),
            article('author: owais-tohid\nsection: opinion'),
            'No frontmatter at all.',
          ].map((source, index) => [`${index}.mdx`, source]),
        ),
        authors,
        sections,
      },
      'Arab News',
    );
    expect(cards).toEqual([]);
  });

  it('plan no card for an article with a hero, whose photo is cropped instead, relative to the article', () => {
    const sources = {
      articles: {
        'with-hero.mdx': article('title: Pictured\nauthor: owais-tohid\nsection: opinion\nhero:\n  src: ./photo.jpg\n  alt: A photo.'),
        'reports/2025/in-a-folder.mdx': article('title: Filed\nauthor: owais-tohid\nsection: opinion\nhero: { src: ../shared/photo.jpg, alt: A photo. }'),
        'draft.mdx': article('title: Draft\nauthor: owais-tohid\nsection: opinion\ndraft: true\nhero: { src: ./draft.jpg, alt: A photo. }'),
        'plain.mdx': article('title: Plain\nauthor: owais-tohid\nsection: opinion'),
      },
      authors,
      sections,
    };
    expect(plannedArticleCards(sources, 'Arab News').map(({ title }) => title)).toEqual(['Plain']);
    expect(plannedHeroPhotos(sources)).toEqual(['photo.jpg', 'reports/shared/photo.jpg']);
  });

  it('plan the op-ed’s card from the content tree', async () => {
    const cards = plannedArticleCards(await cardSources(join(import.meta.dirname, '../../content')), 'Arab News');
    expect(cards).toContainEqual({
      title: 'The Pakistan-Afghan Taliban duel has revealed irreparable cracks',
      kicker: 'Opinion',
      byline: 'Owais Tohid',
      publication: 'Arab News',
      dir: 'ltr',
    });
  });
});
