import { describe, expect, it } from 'vitest';
import { controlCharacterProblem, firstControlCharacter } from './control-characters.ts';

describe('control characters', () => {
  it('finds the first one with its line and code point, and lets tab, newline and carriage return through', () => {
    expect(firstControlCharacter('a\tb\r\nc\n')).toBeUndefined();
    expect(firstControlCharacter('one\ntwo\u0000three\n')).toEqual({ line: 2, codePoint: 'U+0000' });
    expect(firstControlCharacter('page\u000cbreak')).toEqual({ line: 1, codePoint: 'U+000C' });
    expect(firstControlCharacter('delete\u007f')).toEqual({ line: 1, codePoint: 'U+007F' });
  });

  it('names the file, the line and the body', () => {
    const source = '---\ntitle: A title\n---\n\nWords, then a stray byte:\u0000 here.\n';
    expect(controlCharacterProblem('articles/a.mdx', source)).toMatch(/^articles\/a\.mdx:5: field "body": a control character \(U\+0000\) cannot be published/);
  });

  it('names the field of the frontmatter it is in, continued lines included', () => {
    const source = '---\ntitle: A title\ndescription: >\n  Two lines,\n  the second with a bell\u0007\n---\n\nWords.\n';
    expect(controlCharacterProblem('articles/a.mdx', source)).toMatch(/^articles\/a\.mdx:5: field "description": a control character \(U\+0007\)/);
  });

  it('says nothing of a clean file', () => {
    expect(controlCharacterProblem('articles/a.mdx', '---\ntitle: A\n---\n\nWords.\n')).toBeUndefined();
  });
});
