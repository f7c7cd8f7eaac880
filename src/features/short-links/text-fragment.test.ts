import { describe, expect, it } from 'vitest';
import { fragmentText, textFragment } from './text-fragment.ts';

describe('text fragments', () => {
  it('names a short passage whole, percent-encoded', () => {
    expect(textFragment('Enough is enough.')).toBe('#:~:text=Enough%20is%20enough.');
  });

  it('encodes the characters a fragment directive gives a meaning to, and typography as UTF-8', () => {
    expect(fragmentText('well-known, rock & roll')).toBe('well%2Dknown%2C%20rock%20%26%20roll');
    expect(fragmentText('Pakistan’s “duel”— now')).toBe('Pakistan%E2%80%99s%20%E2%80%9Cduel%E2%80%9D%E2%80%94%20now');
    expect(decodeURIComponent(fragmentText('a-b, c&d #e'))).toBe('a-b, c&d #e');
  });

  it('leaves nothing a redirect rule could read as syntax: no space, quote, #, $, % sign of its own or ;', () => {
    expect(fragmentText('a "b" #c $d 100% e;f\\g')).toMatch(/^[A-Za-z0-9%.!~*'()_]+$/);
  });

  it('names a long passage by its first and last words', () => {
    const quote = 'For the Taliban, caught in its ideological bedrock, fulfilling the demand of reining in terror groups may not be possible.';
    expect(textFragment(quote)).toBe('#:~:text=For%20the%20Taliban%2C%20caught,may%20not%20be%20possible.');
  });

  it('collapses the whitespace of a passage that spans lines', () => {
    expect(textFragment('  one\n two  ')).toBe('#:~:text=one%20two');
  });
});
