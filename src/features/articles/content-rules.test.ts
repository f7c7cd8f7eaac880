import { describe, expect, it } from 'vitest';
import { type BodyNode, contentProblems } from './content-rules.ts';

/**
 * The rules on syntax trees as the MDX parser makes them; how real MDX
 * text reaches them is tested with the renderer (render-body.test.ts).
 */
const at = (line: number) => ({ start: { line, column: 1 } });
const prose: BodyNode = { type: 'paragraph', children: [{ type: 'text', value: 'Words.' }], position: at(1) };
const body = (...children: BodyNode[]): BodyNode => ({ type: 'root', children: [prose, ...children] });
const jsx = (name: string, line: number, attributes: BodyNode['attributes'] = []): BodyNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes,
  position: at(line),
  children: [],
});
const attr = (name: string, value: unknown) => ({ type: 'mdxJsxAttribute', name, value });
const components = { PullQuote: { props: { by: 'text', attribution: 'text' } }, Figure: { props: { src: 'text', wide: 'flag' }, required: ['src'] } } as const;

describe('contentProblems', () => {
  it('accepts prose and the components articles are given, with literal props', () => {
    const tree = body(jsx('PullQuote', 3, [attr('by', 'a')]), jsx('Figure', 4, [attr('src', './a.jpg'), attr('wide', null)]));
    expect(contentProblems(tree, components)).toEqual([]);
  });

  it('names an unknown component, with its line', () => {
    expect(contentProblems(body(jsx('Chart', 7)), components)).toEqual([
      { line: 7, problem: 'unknown component <Chart>; articles can use <PullQuote>, <Figure>' },
    ]);
  });

  it('refuses props a component does not take, text props without a value, flags with one, and missing required props', () => {
    const problems = contentProblems(
      body(
        jsx('PullQuote', 2, [attr('colour', 'red')]),
        jsx('PullQuote', 3, [attr('by', null)]),
        jsx('Figure', 4, [attr('src', 'a.jpg'), attr('wide', 'yes')]),
        jsx('Figure', 5),
      ),
      components,
    );
    expect(problems.map(({ line }) => line)).toEqual([2, 3, 4, 5]);
  });

  it('refuses script, style, embeds and elements outside the list, and event handlers', () => {
    const problems = contentProblems(
      body(
        jsx('script', 1),
        jsx('style', 2),
        jsx('iframe', 3),
        jsx('span', 4, [attr('onClick', 'x()')]),
        jsx('video', 5),
        jsx('span', 6, [attr('style', 'color:red')]),
      ),
      components,
    );
    expect(problems.map(({ line }) => line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses ESM, expressions, expression and spread attributes', () => {
    const problems = contentProblems(
      body(
        { type: 'mdxjsEsm', value: 'import x from "y"', position: at(2) },
        { type: 'mdxFlowExpression', value: 'process.env.X', position: at(3) },
        { type: 'paragraph', children: [{ type: 'mdxTextExpression', value: '1+1', position: at(4) }], position: at(4) },
        jsx('PullQuote', 5, [attr('by', { type: 'mdxJsxAttributeValueExpression', value: 'x' })]),
        jsx('span', 6, [{ type: 'mdxJsxExpressionAttribute', value: '...props' }]),
      ),
      components,
    );
    expect(problems.map(({ line, problem }) => [line, problem.split(/[;:]/)[0]])).toEqual([
      [2, 'import and export are code, which an article cannot carry'],
      [3, '{…} is code, which an article cannot carry'],
      [4, '{…} is code, which an article cannot carry'],
      [5, '<PullQuote by={…}> is code'],
      [6, '<span> has a spread attribute {…}, which is code'],
    ]);
  });

  it('refuses raw HTML that carries code', () => {
    expect(contentProblems(body({ type: 'html', value: '<img src=x onerror=alert(1)>', position: at(5) }), {})).toHaveLength(1);
  });

  it('refuses links and pictures with other schemes, and pictures from other sites', () => {
    const problems = contentProblems(
      body(
        { type: 'link', url: 'javascript:alert(1)', position: at(2), children: [] },
        { type: 'definition', url: 'data:text/html,x', position: at(3) },
        jsx('a', 4, [attr('href', 'java\tscript:x')]),
        { type: 'image', url: 'https://elsewhere.example/x.jpg', alt: 'x', position: at(5) },
        jsx('img', 6, [attr('src', './ok.jpg'), attr('alt', 'fine')]),
        jsx('a', 7, [attr('href', 'https://example.org/')]),
        { type: 'image', url: '../../../secret/key.jpg', alt: 'x', position: at(8) },
        jsx('img', 9, [attr('src', './photos/%2E%2E/%2e%2e/key.jpg'), attr('alt', 'x')]),
        { type: 'image', url: './photos/ok..jpg', alt: 'x', position: at(10) },
      ),
      components,
    );
    expect(problems.map(({ line }) => line)).toEqual([2, 3, 4, 5, 8, 9]);
    expect(problems.at(-1)!.problem).toMatch(/is outside the article's folder/);
  });

  it('wants alt text on Markdown and HTML images', () => {
    const tree = body(
      { type: 'image', url: 'a.png', alt: '', position: at(2) },
      { type: 'image', url: 'b.png', alt: 'A chart', position: at(3) },
      jsx('img', 4, [attr('src', 'c.png')]),
    );
    expect(contentProblems(tree, {})).toEqual([
      { line: 2, problem: 'the image a.png needs alt text' },
      { line: 4, problem: 'the image needs alt text' },
    ]);
  });

  it('wants a paragraph of text outside components', () => {
    const quoteOnly: BodyNode = { type: 'root', children: [{ ...jsx('PullQuote', 1), children: [prose] }] };
    expect(contentProblems(quoteOnly, components)).toEqual([
      { line: 1, problem: 'the article has no paragraph of text; write the body below the frontmatter' },
    ]);
    expect(contentProblems({ type: 'root', children: [] }, components)).toHaveLength(1);
  });
});
