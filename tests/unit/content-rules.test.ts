import { describe, expect, it } from 'vitest';
import { type BodyNode, contentProblems } from '../../src/lib/content-rules';

const at = (line: number) => ({ start: { line, column: 1 } });
const body = (...children: BodyNode[]): BodyNode => ({ type: 'root', children });
const jsx = (name: string, line: number, attributes: { name: string; value: string }[] = []): BodyNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })),
  position: at(line),
  children: [],
});

describe('contentProblems', () => {
  it('accepts prose and the components articles are given', () => {
    const tree = body({ type: 'paragraph', children: [{ type: 'text' }] }, jsx('PullQuote', 3, [{ name: 'by', value: 'a' }]));
    expect(contentProblems(tree, ['PullQuote'])).toEqual([]);
  });

  it('names an unknown component, with its line', () => {
    expect(contentProblems(body(jsx('Chart', 7)), ['PullQuote'])).toEqual([
      { line: 7, problem: 'unknown component <Chart>; articles can use <PullQuote>' },
    ]);
  });

  it('refuses script, style and embeds, and event handlers', () => {
    const problems = contentProblems(
      body(jsx('script', 1), jsx('style', 2), jsx('iframe', 3), jsx('span', 4, [{ name: 'onClick', value: 'x()' }])),
      [],
    );
    expect(problems.map(({ line }) => line)).toEqual([1, 2, 3, 4]);
  });

  it('refuses raw HTML that carries code', () => {
    expect(contentProblems(body({ type: 'html', value: '<img src=x onerror=alert(1)>', position: at(5) }), [])).toHaveLength(1);
  });

  it('wants alt text on Markdown and JSX images', () => {
    const tree = body(
      { type: 'image', url: 'a.png', alt: '', position: at(2) },
      { type: 'image', url: 'b.png', alt: 'A chart', position: at(3) },
      jsx('img', 4, [{ name: 'src', value: 'c.png' }]),
    );
    expect(contentProblems(tree, [])).toEqual([
      { line: 2, problem: 'the image a.png needs alt text' },
      { line: 4, problem: 'the image needs alt text' },
    ]);
  });
});
