import { describe, expect, it } from 'vitest';
import { type Build, median, summaryCells } from './bench-summary.ts';

const build = (seconds: number, peakMegabytes: number, routes = 10): Build => ({ seconds, peakMegabytes, rendered: 1, routes, filesChanged: 5, logLines: 20 });

describe('the benchmark summary', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('sums the rounds up as medians, per article, and the highest peak', () => {
    const cells = summaryCells(100, 'cold', [build(12, 900, 10), build(10, 1100, 30), build(11, 1000, 20)]);
    expect(cells).toEqual([100, 'cold', '11.0', '110.0', '1000', '10.000', '1100', 1, 20, 5, 20]);
  });
});
