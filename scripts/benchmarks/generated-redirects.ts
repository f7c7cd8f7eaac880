/**
 * The redirects of a generated archive, newest article first, for tests
 * and benchmarks of the host files at scale: each article has a short
 * link, one in three a pull quote's, one in ten an old address.
 */
import type { Redirect } from '../../src/features/short-links/redirects.ts';

/** Site path of generated article `number` (1 is the oldest). */
export function generatedArticlePath(number: number): string {
  return `/opinion/article-${number}/`;
}

/** Short code of generated article `number`: a letter, then the number in base 36, six digits. */
export function generatedShortCode(number: number): string {
  return `a${number.toString(36).padStart(6, '0')}`;
}

export function generatedRedirects(count: number): Redirect[] {
  return Array.from({ length: count }, (_, index): Redirect[] => {
    const number = count - index;
    const path = generatedArticlePath(number);
    const code = generatedShortCode(number);
    const articleId = `article-${number}`;
    return [
      { from: `/s/${code}`, to: path, status: 301, kind: 'short link', articleId, stubPath: `/s/${code}` },
      ...(index % 3 === 0
        ? [
            {
              from: `/s/${code}-1`,
              to: `${path}#:~:text=A%20quote`,
              status: 301 as const,
              kind: 'short link' as const,
              articleId,
              quote: 1,
              stubPath: `/s/${code}-1`,
            },
          ]
        : []),
      ...(index % 10 === 0
        ? [{ from: `/2019/old-${number}/`, to: path, status: 301 as const, kind: 'old address' as const, articleId, stubPath: `/2019/old-${number}/` }]
        : []),
    ];
  }).flat();
}
