import { describe, expect, it } from 'vitest';
import { missingPolicies } from './policies.ts';

describe('policy pages', () => {
  const pages = new Map([
    ['/about/', new Set(['corrections', 'ethics'])],
    ['/corrections/', new Set<string>()],
  ]);

  it('may point at a page or at a heading on it', () => {
    expect(missingPolicies({ publishingPrinciples: '/about/', correctionsPolicy: '/about/#corrections', ethicsPolicy: '/about/#ethics' }, pages)).toEqual([]);
  });

  it('may not point at a page the site lacks, or at a heading its page lacks', () => {
    const problems = missingPolicies({ publishingPrinciples: '/principles/', correctionsPolicy: '/about/#fixes', ethicsPolicy: '/corrections/' }, pages);
    expect(problems.map(({ field }) => field)).toEqual(['policies.publishingPrinciples', 'policies.correctionsPolicy']);
    expect(problems[1]!.problem).toBe('/about/ has no heading #fixes (it has #corrections, #ethics)');
  });
});
