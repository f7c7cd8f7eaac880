import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, withBase } from '../../src/lib/paths';

describe('paths', () => {
  it('puts articles under their section with a trailing slash', () => {
    expect(articlePath('opinion', 'a-slug')).toBe('/opinion/a-slug/');
  });

  it('prefixes the base path once', () => {
    expect(withBase('/', '/opinion/')).toBe('/opinion/');
    expect(withBase('/longread/', '/opinion/')).toBe('/longread/opinion/');
    expect(withBase('/longread/', 'favicon.svg')).toBe('/longread/favicon.svg');
  });

  it('makes absolute URLs from the site URL and base path', () => {
    expect(absoluteUrl('https://example.org', '/news/', '/opinion/x/')).toBe('https://example.org/news/opinion/x/');
  });
});
