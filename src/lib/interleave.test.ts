import { describe, expect, it } from 'vitest';
import { interleave } from './interleave.ts';

const isCard = (item: string) => item.startsWith('card');

describe('interleave', () => {
  it('spreads the picked items evenly among the others, each group in its own order', () => {
    expect(interleave(['card1', 'card2', 'page1', 'page2', 'page3', 'page4'], isCard)).toEqual(['card1', 'page1', 'page2', 'card2', 'page3', 'page4']);
  });

  it('keeps every item once, whatever the proportions', () => {
    const items = [...Array.from({ length: 7 }, (_, i) => `card${i}`), ...Array.from({ length: 30 }, (_, i) => `page${i}`)];
    const result = interleave(items, isCard);
    expect([...result].sort()).toEqual([...items].sort());
    expect(result.filter(isCard)).toEqual(items.filter(isCard));
    expect(result.filter((item) => !isCard(item))).toEqual(items.filter((item) => !isCard(item)));
    // No run of pages is much longer than the even share, 30 / 7.
    const runs = result
      .join(' ')
      .split(/card\d+/)
      .map((run) => run.trim().split(' ').filter(Boolean).length);
    expect(Math.max(...runs)).toBeLessThanOrEqual(5);
  });

  it('leaves a list with nothing picked, or only picked items, as it was', () => {
    expect(interleave(['page1', 'page2'], isCard)).toEqual(['page1', 'page2']);
    expect(interleave(['card1', 'card2'], isCard)).toEqual(['card1', 'card2']);
    expect(interleave([], isCard)).toEqual([]);
  });
});
