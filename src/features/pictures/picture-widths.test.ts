import { describe, expect, it } from 'vitest';
import { COLUMN_SIZES, PICTURE_STEPS, WIDEST_COLUMN, columnWidth, pictureWidths } from './picture-widths.ts';

/** The width `sizes` gives at a viewport: the first source size whose media condition holds, as a browser reads it. */
function sizeAt(sizes: string, viewport: number): number {
  for (const part of sizes.split(/,\s*(?![^(]*\))/)) {
    const match = /^(?:\(min-width: (\d+)px\)\s+)?(.+)$/.exec(part.trim())!;
    if (match[1] && viewport < Number(match[1])) continue;
    const length = match[2]!;
    const vw = (n: string) => (Number(n) * viewport) / 100;
    if (/^\d+px$/.test(length)) return Number.parseFloat(length);
    if (/^\d+vw$/.test(length)) return vw(length.slice(0, -2));
    const calc = /^calc\((\d+)(px|vw) ([+-]) (\d+)(px|vw)\)$/.exec(length)!;
    const value = (n: string, unit: string) => (unit === 'px' ? Number(n) : vw(n));
    return value(calc[1]!, calc[2]!) + (calc[3] === '+' ? 1 : -1) * value(calc[4]!, calc[5]!);
  }
  throw new Error(`no size for ${viewport}`);
}

describe('picture widths', () => {
  it('run from a small phone’s to twice the widest column', () => {
    expect(PICTURE_STEPS[0]).toBe(360);
    expect(PICTURE_STEPS.at(-1)).toBe(2 * WIDEST_COLUMN);
    expect(pictureWidths(3000)).toEqual([...PICTURE_STEPS]);
  });

  it('never enlarge a picture: a narrower one ends at its own width', () => {
    expect(pictureWidths(1200)).toEqual([360, 720, 1080, 1200]);
    expect(pictureWidths(1080)).toEqual([360, 720, 1080]);
    expect(pictureWidths(300)).toEqual([300]);
  });

  it('tell the browser the column’s width at every screen width, to a pixel', () => {
    for (let viewport = 320; viewport <= 1920; viewport += 5) {
      expect(Math.abs(sizeAt(COLUMN_SIZES, viewport) - columnWidth(viewport)), `${viewport} px`).toBeLessThan(1);
    }
  });

  it('know the column: a 390 px phone’s is 350 px, the widest 714 px', () => {
    expect(columnWidth(390)).toBe(350);
    expect(columnWidth(1280)).toBe(WIDEST_COLUMN);
  });
});
