import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSources } from '../../scripts/draw-cards';
import { articleCardInput, plannedArticleCards } from '../../src/lib/card-inputs';

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
        articles: [
          article('title: "  Spaced headline  "\nauthor: owais-tohid\nsection: opinion'),
          article('title: عنوان\nauthor: json-author\nsection: essays\nlang: ar'),
        ],
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
        articles: [
          article('title: Draft\nauthor: owais-tohid\nsection: opinion\ndraft: true'),
          article('title: Nobody wrote this\nauthor: nobody\nsection: opinion'),
          article('title: Nowhere\nauthor: owais-tohid\nsection: nowhere'),
          article('title: [broken\nauthor: owais-tohid'),
          article('author: owais-tohid\nsection: opinion'),
          'No frontmatter at all.',
        ],
        authors,
        sections,
      },
      'Arab News',
    );
    expect(cards).toEqual([]);
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
