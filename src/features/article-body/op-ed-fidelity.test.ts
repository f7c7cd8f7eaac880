import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillAuthorNames } from './author-name.ts';
import { fillQuoteLinks } from './quote-links.ts';
import { renderBody } from './render-body.ts';

/**
 * The op-ed's body as the site published it when bodies were compiled by
 * @astrojs/mdx (tests/fixtures/op-ed-body.html): the body renderer must
 * give the same bytes, so what was published reads exactly as before.
 * The links under its pull quote came later and are filled in when the
 * page is built (src/features/article-body/quote-links.test.ts); here they are left out.
 */
const root = join(import.meta.dirname, '../../..');
const file = 'content/articles/pakistan-afghan-taliban-duel-irreparable-cracks.mdx';

describe('the op-ed, rendered by the body renderer', () => {
  it('is byte for byte the body published before', async () => {
    const [source, published] = await Promise.all([readFile(join(root, file), 'utf8'), readFile(join(root, 'tests/fixtures/op-ed-body.html'), 'utf8')]);
    const { html } = await renderBody(source, { file, lang: 'en' });
    const body = fillQuoteLinks(
      fillAuthorNames(html, (id) => (id === 'owais-tohid' ? 'Owais Tohid' : id)),
      () => '',
    );
    expect(body).toBe(published);
  });
});
