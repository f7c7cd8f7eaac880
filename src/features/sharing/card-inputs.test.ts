import { describe, expect, it } from 'vitest';
import { articleCardInput } from './card-inputs.ts';

describe('card inputs', () => {
  it('give a card the headline, section, author and publication, in the article’s direction', () => {
    expect(articleCardInput({ title: 'A headline', lang: 'ar' }, { section: 'Opinion', author: 'A. Writer', publication: 'Arab News' })).toEqual({
      title: 'A headline',
      kicker: 'Opinion',
      byline: 'A. Writer',
      publication: 'Arab News',
      dir: 'rtl',
    });
    expect(articleCardInput({ title: 'A headline', lang: 'en' }, { section: 'Opinion', author: 'A. Writer', publication: 'Arab News' }).dir).toBe('ltr');
  });
});
