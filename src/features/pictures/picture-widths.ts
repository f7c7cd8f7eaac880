/**
 * How wide pictures are made and how wide the browser is told they show.
 * Pictures sit in the text column (`.story`: `min(100% - 2 × gutter,
 * --measure)` in global.css), so the column's width at each screen width
 * is what `sizes` says, and the widths made run from a small phone's up
 * to twice the widest column, for sharp screens. Change these with the CSS.
 */

/** A hero narrower than this would be blurry on a sharp screen and in link previews (which want 1,200 px). */
export const HERO_MIN_WIDTH = 1200;

/** The widest the text column gets, in CSS pixels: `--measure` (34em) at the largest body size (1.3125rem, 21 px). */
export const WIDEST_COLUMN = 714;

/** Widths made of every picture: a 360 px phone at 1×, then steps for 2× and 3× phones, up to twice the widest column. */
export const PICTURE_STEPS = [360, 720, 1080, 2 * WIDEST_COLUMN] as const;

/**
 * The widths to make of a picture `sourceWidth` pixels wide: the steps it
 * is wide enough for (a picture is never enlarged), and its own width
 * when it falls short of the largest step.
 */
export function pictureWidths(sourceWidth: number): number[] {
  const widths: number[] = PICTURE_STEPS.filter((width) => width <= sourceWidth);
  if (sourceWidth < PICTURE_STEPS.at(-1)! && !widths.includes(sourceWidth)) widths.push(sourceWidth);
  return widths;
}

/**
 * The column's width in CSS pixels on a screen `viewport` pixels wide (16 px
 * root): the body text is `clamp(18px, 16px + 0.5vw, 21px)` and the gutter
 * `clamp(20px, 5vw, 40px)`, as in global.css.
 */
export function columnWidth(viewport: number): number {
  const font = Math.min(21, Math.max(18, 16 + 0.005 * viewport));
  const gutter = Math.min(40, Math.max(20, 0.05 * viewport));
  return Math.min(viewport - 2 * gutter, 34 * font);
}

/**
 * `columnWidth` as a `sizes` attribute: up to 400 px the gutters are 20 px,
 * then 5vw each; from 745 px the measure (34 × (16px + 0.5vw)) is the
 * narrower, and from 1,000 px the body size stops growing.
 */
export const COLUMN_SIZES = `(min-width: 1000px) ${WIDEST_COLUMN}px, (min-width: 745px) calc(544px + 17vw), (min-width: 400px) 90vw, calc(100vw - 40px)`;

/** The widest a `wide` figure gets, in CSS pixels: wider than the column, still a comfortable glance (picture.css). */
export const WIDEST_WIDE = 1000;

/** Widths made of a wide figure: the column's steps, then up to twice the widest wide figure. */
export const WIDE_PICTURE_STEPS = [360, 720, 1080, 2 * WIDEST_COLUMN, 2 * WIDEST_WIDE] as const;

/** The widths to make of a wide figure `sourceWidth` pixels wide, never enlarged. */
export function widePictureWidths(sourceWidth: number): number[] {
  const widths: number[] = WIDE_PICTURE_STEPS.filter((width) => width <= sourceWidth);
  if (sourceWidth < WIDE_PICTURE_STEPS.at(-1)! && !widths.includes(sourceWidth)) widths.push(sourceWidth);
  return widths;
}

/**
 * A wide figure's width as a `sizes` attribute: the screen less its
 * gutters (20 px up to 400 px, then 5vw, 40 px from 800 px), at most
 * `WIDEST_WIDE`, reached on screens of 1,080 px.
 */
export const WIDE_SIZES = `(min-width: 1080px) ${WIDEST_WIDE}px, (min-width: 800px) calc(100vw - 80px), (min-width: 400px) 90vw, calc(100vw - 40px)`;
