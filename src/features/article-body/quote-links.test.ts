import { describe, expect, it } from 'vitest';
import { fillQuoteLinks, quoteLinksHtml } from './quote-links.ts';
import { renderBody } from './render-body.ts';

describe('the links under a pull quote', () => {
  it('fill each marker in order, after the hidden figure, not inside it', async () => {
    const source = '---\ntitle: T\n---\nWords.\n\n<PullQuote>\n  One.\n</PullQuote>\n\nMore.\n\n<PullQuote>\n  Two.\n</PullQuote>\n';
    const { html } = await renderBody(source, { file: 'test.mdx', lang: 'en' });
    const filled = fillQuoteLinks(html, (index) => `<p>links ${index + 1}</p>`);
    expect(filled).toContain('<blockquote><p>One.</p></blockquote></figure><p>links 1</p>');
    expect(filled).toContain('<blockquote><p>Two.</p></blockquote></figure><p>links 2</p>');
    expect(filled).not.toContain('<!--');
  });

  it('link to the quote’s short link first, then the share targets, in a list named with the quote', () => {
    const html = quoteLinksHtml({ text: 'A <b> & “c”', shortUrl: 'https://news.example/s/k7tq4-1' }, 'Share this quote', [
      { name: 'X', href: 'https://x.com/intent/post?text=a&url=b' },
    ]);
    expect(html).toBe(
      '<ul class="inline-list quote-share" role="list" data-pagefind-ignore aria-label="Share this quote: A &lt;b&gt; &amp; “c”">' +
        '<li><a href="https://news.example/s/k7tq4-1">Share this quote</a></li>' +
        '<li><a href="https://x.com/intent/post?text=a&amp;url=b">X</a></li></ul>',
    );
  });
});
