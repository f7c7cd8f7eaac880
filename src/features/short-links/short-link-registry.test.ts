import { describe, expect, it } from 'vitest';
import {
  type QuoteClaim,
  type ShortCodeClaim,
  checkClaims,
  formatRegistry,
  numberQuotes,
  parseQuoteCode,
  parseRegistry,
  quoteCode,
} from './short-link-registry.ts';

const FILE = 'content/short-links.json';
const claim = (code: string, articleId: string, draft = false): ShortCodeClaim => ({
  code,
  articleId,
  file: `articles/${articleId}.mdx`,
  draft,
});

describe('the short-link registry', () => {
  it('accepts articles that keep their recorded codes', () => {
    const result = checkClaims({ k7tq4: 'op-ed' }, [claim('k7tq4', 'op-ed')], FILE);
    expect(result).toEqual({ problems: [], unrecorded: [] });
  });

  it('reports codes of published articles it does not have yet, but not of drafts', () => {
    const result = checkClaims({}, [claim('k7tq4', 'op-ed'), claim('abcd', 'draft', true)], FILE);
    expect(result.problems).toEqual([]);
    expect(result.unrecorded.map((c) => c.code)).toEqual(['k7tq4']);
  });

  it('fails when a recorded code disappears, naming the registry and the code', () => {
    const { problems } = checkClaims({ k7tq4: 'op-ed' }, [claim('m3nq8', 'op-ed')], FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'k7tq4' });
    expect(problems[0]!.problem).toContain('op-ed');
  });

  it('fails when a recorded code points elsewhere, naming the article that took it', () => {
    const { problems } = checkClaims({ k7tq4: 'op-ed' }, [claim('k7tq4', 'other'), claim('m3nq8', 'op-ed')], FILE);
    expect(problems).toEqual([{ file: 'articles/other.mdx', field: 'shortCode', problem: expect.stringContaining('"op-ed"') }]);
  });

  it('fails when two articles claim one code', () => {
    const { problems } = checkClaims({}, [claim('k7tq4', 'a'), claim('k7tq4', 'b')], FILE);
    expect(problems).toEqual([{ file: 'articles/b.mdx', field: 'shortCode', problem: expect.stringContaining('articles/a.mdx') }]);
  });

  it('fails on a malformed code, in the registry or in an article', () => {
    const { problems } = checkClaims({ K0OL: 'a' }, [claim('K0OL', 'a'), claim('no-l1ke', 'b')], FILE);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual(['articles/a.mdx shortCode', 'articles/b.mdx shortCode', `${FILE} K0OL`]);
  });

  it('reads a registry and names the file when it is broken', () => {
    expect(parseRegistry('{"k7tq4":"op-ed"}', FILE)).toEqual({ registry: { k7tq4: 'op-ed' } });
    expect(parseRegistry('{', FILE)).toMatchObject({ problem: { file: FILE, field: '(file)' } });
    expect(parseRegistry('[]', FILE)).toMatchObject({ problem: { file: FILE } });
    expect(parseRegistry('{"k7tq4":3}', FILE)).toMatchObject({ problem: { file: FILE, field: 'k7tq4' } });
    expect(parseRegistry('{"k7tq4-1":""}', FILE)).toEqual({ problem: { file: FILE, field: 'k7tq4-1', problem: "must be the quote's words" } });
  });

  it('writes the registry sorted, so additions make small diffs', () => {
    expect(formatRegistry({ m3nq8: 'b', k7tq4: 'a' })).toBe('{\n  "k7tq4": "a",\n  "m3nq8": "b"\n}\n');
  });
});

describe('quote links in the registry', () => {
  const A = 'For the Taliban, it may not be possible.';
  const B = 'Enough is enough.';
  const C = 'A third sentence.';
  const quoted = (quotes: string[], draft = false): QuoteClaim => ({ ...claim('k7tq4', 'op-ed', draft), quotes });

  it('names a quote by its article’s code and its number', () => {
    expect(quoteCode('k7tq4', 2)).toBe('k7tq4-2');
    expect(parseQuoteCode('k7tq4-2')).toEqual({ articleCode: 'k7tq4', number: 2 });
    expect(parseQuoteCode('k7tq4')).toBeUndefined();
    expect(parseQuoteCode('k7tq4-0')).toBeUndefined();
  });

  it('numbers the quotes of a new article in order, to be recorded with their words', () => {
    const { problems, numbers, unrecorded } = numberQuotes({ k7tq4: 'op-ed' }, [quoted([A, B])], FILE);
    expect(problems).toEqual([]);
    expect(numbers.get('op-ed')).toEqual([1, 2]);
    expect(unrecorded.map(({ code, text }) => [code, text])).toEqual([
      ['k7tq4-1', A],
      ['k7tq4-2', B],
    ]);
  });

  it('never renumbers a published quote: a quote added before it, or a reordering, leaves its number', () => {
    const registry = { k7tq4: 'op-ed', 'k7tq4-1': A, 'k7tq4-2': B };
    const inserted = numberQuotes(registry, [quoted([C, A, B])], FILE);
    expect(inserted.problems).toEqual([]);
    expect(inserted.numbers.get('op-ed')).toEqual([3, 1, 2]);
    expect(inserted.unrecorded.map(({ code }) => code)).toEqual(['k7tq4-3']);
    expect(numberQuotes(registry, [quoted([B, A])], FILE).numbers.get('op-ed')).toEqual([2, 1]);
  });

  it('never gives a dropped number to another quote', () => {
    const { problems, numbers } = numberQuotes({ k7tq4: 'op-ed', 'k7tq4-1': A, 'k7tq4-2': B }, [quoted([A, C])], FILE);
    expect(numbers.get('op-ed')).toEqual([1, 3]);
    expect(problems).toHaveLength(1);
  });

  it('fails when a published quote is dropped or reworded, naming the registry, the quote code and the article', () => {
    const { problems } = numberQuotes({ k7tq4: 'op-ed', 'k7tq4-1': A }, [quoted([`${A} Reworded.`])], FILE);
    expect(problems).toEqual([{ file: FILE, field: 'k7tq4-1', problem: expect.stringContaining('articles/op-ed.mdx no longer has') }]);
    expect(problems[0]!.problem).toContain(A);
  });

  it('does not record a draft’s quotes, but numbers them for the preview', () => {
    const { numbers, unrecorded } = numberQuotes({}, [quoted([A], true)], FILE);
    expect(numbers.get('op-ed')).toEqual([1]);
    expect(unrecorded).toEqual([]);
  });

  it('fails on a quote code whose article code is malformed or was never published', () => {
    const { problems } = numberQuotes({ 'K0OL-1': A, 'm3nq8-1': B }, [quoted([])], FILE);
    expect(problems.map(({ field }) => field)).toEqual(['K0OL-1', 'm3nq8-1']);
  });

  it('leaves quote codes out of the article codes’ checks', () => {
    expect(checkClaims({ k7tq4: 'op-ed', 'k7tq4-1': A }, [claim('k7tq4', 'op-ed')], FILE).problems).toEqual([]);
  });
});
