import { describe, expect, it } from 'vitest';
import { type ShortCodeClaim, checkClaims, formatRegistry, parseRegistry } from '../../src/lib/short-link-registry';

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
    expect(problems).toEqual([
      { file: 'articles/b.mdx', field: 'shortCode', problem: expect.stringContaining('articles/a.mdx') },
    ]);
  });

  it('fails on a malformed code, in the registry or in an article', () => {
    const { problems } = checkClaims({ K0OL: 'a' }, [claim('K0OL', 'a'), claim('no-l1ke', 'b')], FILE);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'articles/a.mdx shortCode',
      'articles/b.mdx shortCode',
      `${FILE} K0OL`,
    ]);
  });

  it('reads a registry and names the file when it is broken', () => {
    expect(parseRegistry('{"k7tq4":"op-ed"}', FILE)).toEqual({ registry: { k7tq4: 'op-ed' } });
    expect(parseRegistry('{', FILE)).toMatchObject({ problem: { file: FILE, field: '(file)' } });
    expect(parseRegistry('[]', FILE)).toMatchObject({ problem: { file: FILE } });
    expect(parseRegistry('{"k7tq4":3}', FILE)).toMatchObject({ problem: { file: FILE, field: 'k7tq4' } });
  });

  it('writes the registry sorted, so additions make small diffs', () => {
    expect(formatRegistry({ m3nq8: 'b', k7tq4: 'a' })).toBe('{\n  "k7tq4": "a",\n  "m3nq8": "b"\n}\n');
  });
});
