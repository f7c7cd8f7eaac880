import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, isAllowedUrl, urlScheme } from './safe-url.ts';

describe('urlScheme', () => {
  it('reads the scheme of absolute URLs, lower-cased', () => {
    expect(urlScheme('https://example.org/')).toBe('https');
    expect(urlScheme('MAILTO:desk@example.org')).toBe('mailto');
  });

  it('has none for URLs within the site', () => {
    for (const url of ['/opinion/x/', '../x', './picture.jpg', '#notes', '?q=1', '//example.org/x', 'page-2/']) {
      expect(urlScheme(url), url).toBeUndefined();
    }
  });

  it('sees through what browsers ignore: case, spaces, tabs, newlines, control characters', () => {
    for (const url of [' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'jav\u0000ascript:x', 'java\u200bscript:x']) {
      expect(urlScheme(url), JSON.stringify(url)).toBe('javascript');
    }
  });

  it('decodes character references first, however often they were encoded', () => {
    for (const url of [
      'java&#x09;script:x',
      '&#106;avascript:x',
      '&#x6A;avascript:x',
      '&#106avascript:x',
      'javascript&colon;x',
      '&amp;#106;avascript:x',
      'java&Tab;script:x',
    ]) {
      expect(urlScheme(url), url).toBe('javascript');
    }
  });
});

describe('isAllowedUrl', () => {
  it('allows http, https, mailto, tel and URLs within the site', () => {
    for (const url of ['https://example.org/', 'http://example.org/', 'mailto:desk@example.org', 'tel:+441234567', '/tags/x/', '#a', 'report.pdf']) {
      expect(isAllowedUrl(url), url).toBe(true);
    }
  });

  it('refuses every other scheme', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:msgbox', 'file:///etc/passwd', 'blob:x', 'JaVaScRiPt:x']) {
      expect(isAllowedUrl(url), url).toBe(false);
    }
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes named, decimal and hexadecimal references and leaves unknown ones', () => {
    expect(decodeCharacterReferences('&lt;a&gt; &#65;&#x42; &nosuch; &amp')).toBe('<a> AB &nosuch; &');
  });
});
