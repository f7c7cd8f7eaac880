import { describe, expect, it } from 'vitest';
import { fillAuthorNames } from './author-name.ts';
import { renderBody } from './render-body.ts';

const FRONTMATTER = '---\ntitle: A test\nlang: en\n---\n';
const render = (body: string, lang = 'en') => renderBody(`${FRONTMATTER}${body}`, { file: 'content/articles/test.mdx', lang });
/** The message a body is refused with. */
const refusal = (body: string) =>
  render(body).then(
    () => 'rendered',
    (error: Error) => error.message,
  );

describe('renderBody', () => {
  it('renders Markdown with typographic punctuation and heading ids', async () => {
    const { html, headings } = await render('"Quoted" -- and... done.\n\n## A subheading\n\nMore.');
    expect(html).toBe('<p>“Quoted” — and… done.</p>\n<h2 id="a-subheading">A subheading</h2>\n<p>More.</p>');
    expect(headings).toEqual([{ depth: 2, slug: 'a-subheading', text: 'A subheading' }]);
  });

  it("puts each table and block of code in a box that scrolls on its own, named in the article's language", async () => {
    const { html } = await render('Words.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\nlong line\n```\n');
    expect(html).toContain('<section class="scroll-box" tabindex="0" aria-label="Table"><table>');
    expect(html).toContain('<section class="scroll-box" tabindex="0" aria-label="Code"><pre><code>long line\n</code></pre></section>');
    expect((await render('كلمات.\n\n| a |\n| --- |\n| 1 |\n', 'ar')).html).toContain('aria-label="جدول"');
    const aligned = (await render('Words.\n\n| a | b |\n| --- | ---: |\n| 1 | 2 |\n')).html;
    expect(aligned).toContain('<td class="align-right">2</td>');
    expect(aligned).not.toContain('align=');
  });

  it('draws a pull quote from its one definition, leaving markers for the author name and, after the figure, its links', async () => {
    const { html, authors } = await render('Words first.\n\n<PullQuote by="owais-tohid">\n  A "sentence".\n</PullQuote>\n');
    expect(authors).toEqual(['owais-tohid']);
    expect(fillAuthorNames(html, () => 'Owais <Tohid>')).toBe(
      '<p>Words first.</p>\n<figure class="pull-quote" aria-hidden="true"><blockquote><p>A “sentence”.</p></blockquote><figcaption>Owais &lt;Tohid&gt;</figcaption></figure><!--quote-links-->',
    );
    expect((await render('Words.\n\n<PullQuote attribution="A diplomat">Talk.</PullQuote>')).html).toContain('<figcaption>A diplomat</figcaption>');
  });

  it('keeps figures and Markdown images as markers, with what the page needs to draw them', async () => {
    const { html, pictures } = await render(
      'Words ![A chart](./chart.png) here.\n\n<Figure src="./valley.jpg" alt="A valley" caption="The valley." credit="Photo: AFP" wide />',
    );
    expect(html).toBe('<p>Words <!--picture:1--> here.</p>\n<!--picture:0-->');
    expect(pictures).toEqual([
      { src: './valley.jpg', alt: 'A valley', caption: 'The valley.', credit: 'Photo: AFP', wide: true, figure: true, line: 7 },
      { src: './chart.png', alt: 'A chart', wide: false, figure: false, line: 5 },
    ]);
    expect(await refusal('Words.\n\n<Figure src="./valley.jpg" />')).toMatch(/test\.mdx:7: .*<Figure> needs alt=/);
    expect(await refusal('Words.\n\n<Figure src="https://elsewhere.example/v.jpg" alt="x" />')).toMatch(/another site/);
    expect(await refusal('Words.\n\n<Figure src="./v.jpg" alt="x" wide="yes" />')).toMatch(/"wide" is a flag/);
  });

  it('tells the pull quotes, in order, as plain text with their credits', async () => {
    const { quotes } = await render(
      'Words.\n\n<PullQuote by="owais-tohid">\n  A "sentence",\n  on two lines.\n</PullQuote>\n\n' +
        '<PullQuote attribution="A diplomat">Talk -- then *more* talk.</PullQuote>\n\n<PullQuote>Unsigned.</PullQuote>\n',
    );
    expect(quotes).toEqual([
      { text: 'A “sentence”, on two lines.', by: 'owais-tohid' },
      { text: 'Talk — then more talk.', attribution: 'A diplomat' },
      { text: 'Unsigned.' },
    ]);
    expect((await render('No quote here.')).quotes).toEqual([]);
    expect(await refusal('Words.\n\n<PullQuote by="owais-tohid">\n</PullQuote>\n')).toMatch(/test\.mdx: field "body": a <PullQuote> has no words/);
  });

  it('renders GFM footnotes as a labelled notes section with links back, in the article language', async () => {
    const { html, headings } = await render('A claim.[^1]\n\n[^1]: The source.');
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>');
    expect(html).toContain('<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2>');
    expect(html).toContain('aria-label="Back to reference 1"');
    expect(headings).toEqual([]);
    expect((await render('ادعاء.[^1]\n\n[^1]: المصدر.', 'ar')).html).toContain('<h2 id="footnote-label">الهوامش</h2>');
  });

  it('keeps allowed HTML elements with their literal attributes', async () => {
    const { html } = await render('The <abbr title="Tehreek-e-Taliban Pakistan">TTP</abbr> said <span lang="ur">ہاں</span>.');
    expect(html).toBe('<p>The <abbr title="Tehreek-e-Taliban Pakistan">TTP</abbr> said <span lang="ur">ہاں</span>.</p>');
  });

  it('counts reading time and cuts a summary from the lead paragraph, as plain text with typography', async () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ');
    const rendered = await render(`The **lead** [paragraph](https://example.org/) "quoted".\n\n${words}`);
    expect(rendered.summary).toBe('The lead paragraph “quoted”.');
    expect(rendered.readingMinutes).toBe(2);
  });

  it('refuses code: ESM, expressions and expression attributes, naming file and line', async () => {
    expect(await refusal('Words.\n\nimport fs from "node:fs"')).toMatch(/^content\/articles\/test\.mdx:7: field "body": import and export are code/);
    expect(await refusal('Words.\n\nexport const x = 1')).toMatch(/test\.mdx:7: .*import and export are code/);
    expect(await refusal('The secret is {process.env.SECRET}.')).toMatch(/test\.mdx:5: .*\{…\} is code.*write \\\{ or \\\}/);
    expect(await refusal('Words.\n\n{1 + 1}')).toMatch(/test\.mdx:7: .*\{…\} is code/);
    expect(await refusal('Words.\n\n<PullQuote by={"x"}>Hi</PullQuote>')).toMatch(/test\.mdx:7: .*<PullQuote by=\{…\}> is code/);
    expect(await refusal('Words <span {...props}>x</span>.')).toMatch(/test\.mdx:5: .*spread attribute/);
  });

  it('refuses dangerous URLs in Markdown and in tags, however they are encoded', async () => {
    for (const link of [
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](java&#x09;script:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x][ref]\n\n[ref]: vbscript:msgbox',
      '<a href="javascript:alert(1)">x</a>',
      '<a href=" JAVASCRIPT:alert(1)">x</a>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    ]) {
      expect(await refusal(`Words ${link}.`), link).toMatch(/test\.mdx:\d+: field "body": the URL .* scheme/);
    }
    expect(await refusal('Words.\n\n<img src="https://tracker.example/p.gif" alt="x" />')).toMatch(/test\.mdx:7: .*another site/);
    expect(await refusal('Words.\n\n<img src="./a.jpg" srcset="./a.jpg 1x, javascript:x 2x" alt="x" />')).toMatch(/javascript/);
  });

  it('refuses tags that run code or are not for words', async () => {
    expect(await refusal('Words.\n\n<script>alert(1)</script>')).toMatch(/test\.mdx:7: .*<script> is not allowed/);
    expect(await refusal('Words <b onClick="alert(1)">x</b>.')).toMatch(/event handler attribute "onClick"/);
    expect(await refusal('Words.\n\n<Chart />')).toMatch(/unknown component <Chart>/);
    expect(await refusal('Words <span style="color:red">x</span>.')).toMatch(/may not carry the attribute "style"/);
  });

  it('refuses a body with no paragraph of text', async () => {
    expect(await refusal('')).toMatch(/no paragraph of text/);
    expect(await refusal('## Only a heading\n\n<PullQuote>Only a quote.</PullQuote>')).toMatch(/no paragraph of text/);
  });

  it('says how to write a brace or a "<" that a writer pasted, with the line', async () => {
    const message = await refusal('Intro.\n\nGrowth <2% in most regions.');
    expect(message).toMatch(/^content\/articles\/test\.mdx:7:\d+: field "body": the text cannot be read as MDX/);
    expect(message).toContain('&lt;');
    expect(await refusal('Intro.\n\nGrowth in {most regions.')).toMatch(/test\.mdx:7:\d+: .*\\\{ and \\\}/);
  });

  it('prints escaped braces and entities as text', async () => {
    expect((await render('Growth &lt;2% (a < b) in \\{most\\} regions.')).html).toBe('<p>Growth &#x3C;2% (a &#x3C; b) in {most} regions.</p>');
  });
});
