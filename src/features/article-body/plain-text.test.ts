import { describe, expect, it } from 'vitest';
import { countWords, proseParagraphs } from './plain-text.ts';

describe('proseParagraphs', () => {
  it('returns the prose and leaves out imports, headings and component blocks', () => {
    const body = [
      "import Chart from './chart.astro';",
      '',
      'First paragraph with a [link](https://example.com) and *emphasis*.',
      '',
      '## A heading',
      '',
      '<PullQuote by="someone">',
      '  Repeated words.',
      '</PullQuote>',
      '',
      '<Chart />',
      '',
      'Second',
      'paragraph.',
    ].join('\n');
    expect(proseParagraphs(body)).toEqual(['First paragraph with a link and emphasis.', 'Second paragraph.']);
  });
});

describe('countWords', () => {
  it('counts hyphenated words, numbers and contractions as one word each', () => {
    expect(countWords('The Tehreek-e-Taliban’s 6,000 fighters')).toBe(4);
    expect(countWords('6,000–6,500')).toBe(2);
  });

  it('counts words in non-Latin scripts', () => {
    expect(countWords('كشفت المواجهة بين باكستان وطالبان')).toBe(5);
  });
});
