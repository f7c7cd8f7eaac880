import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, authorPath, feedPath, sectionPath, tagPath, withBase } from './paths.ts';

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

  it('gives listings and their feeds the URL scheme readers see', () => {
    expect(sectionPath('opinion')).toBe('/opinion/');
    expect(authorPath('owais-tohid')).toBe('/authors/owais-tohid/');
    expect(tagPath('middle-east')).toBe('/tags/middle-east/');
    expect(feedPath('/')).toBe('/rss.xml');
    expect(feedPath(authorPath('owais-tohid'))).toBe('/authors/owais-tohid/rss.xml');
  });
});
