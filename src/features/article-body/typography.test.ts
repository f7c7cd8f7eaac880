import { describe, expect, it } from 'vitest';
import { typographic } from './typography.ts';

describe('typographic', () => {
  it('curls quotes and apostrophes and sets dashes and ellipses, as the body does', () => {
    expect(typographic(`She said "it's the writer's job" -- and then... nothing.`)).toBe('She said “it’s the writer’s job” — and then… nothing.');
  });

  it('leaves text that is already typographic as it is', () => {
    expect(typographic('The core issue— Pakistan’s assertion')).toBe('The core issue— Pakistan’s assertion');
  });
});
