/**
 * The picture a link preview shows: a 1200×630 PNG with the section, the
 * headline, the author and the publication. Text is laid out by Pango
 * (through sharp and libvips) from fonts shipped in node_modules, so a
 * build never fetches one, and painted here in a palette of the card's inks.
 * The headline wraps and shrinks until it fits; Arabic and other scripts
 * are shaped by Pango with Noto Naskh Arabic.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { cacheKey, readCacheFile, writeCacheFile } from '../../lib/cache-file.ts';
import { encodeIndexedPng } from './indexed-png.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_TYPE = 'image/png';

/** What a card shows. */
export interface CardInput {
  /** The large line: a headline, or the publication's tagline on the site's card. */
  title: string;
  /** The small line above it: the section's name. */
  kicker: string;
  /** Bottom line, start side: the author's name. */
  byline: string;
  /** Bottom line, end side. */
  publication: string;
  /** Writing direction of the text. */
  dir: 'ltr' | 'rtl';
}

/** Changes whenever the drawing below changes, so cached cards are redrawn. */
const DESIGN_VERSION = '4';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string): string => join(dirname(require.resolve(`${pkg}/package.json`)), file);
const SERIF_BOLD = fontFile('@expo-google-fonts/source-serif-4', '700Bold/SourceSerif4_700Bold.ttf');
const SERIF_REGULAR = fontFile('@expo-google-fonts/source-serif-4', '400Regular/SourceSerif4_400Regular.ttf');
const NASKH_BOLD = fontFile('@expo-google-fonts/noto-naskh-arabic', '700Bold/NotoNaskhArabic_700Bold.ttf');
const NASKH_REGULAR = fontFile('@expo-google-fonts/noto-naskh-arabic', '400Regular/NotoNaskhArabic_400Regular.ttf');

/** Latin from Source Serif 4, Arabic script from Noto Naskh Arabic: Pango picks per character. */
const FAMILIES = 'Source Serif 4,Noto Naskh Arabic';

const COLOURS = { paper: '#fdfcf9', ink: '#1c1a17', muted: '#5b554d', accent: '#a3211b' };
const MARGIN = 80;
/** Width of every line of text on the card. */
export const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const TITLE_TOP = 150;
/** Height of the headline's box: the headline shrinks until it fits. */
export const TITLE_HEIGHT = 300;
/** Largest headline, in pixels: a short headline does not balloon to fill the box. */
const TITLE_MAX_PX = 84;
/** Smallest headline: below this a headline is unreadable in a preview, so it is cut at the box instead. */
const TITLE_MIN_PX = 20;

/** Escapes text for Pango markup. */
export function pangoEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as a coverage mask: one byte a pixel, from 0 (paper) to 255 (solid ink). */
export interface TextImage {
  data: Buffer;
  width: number;
  height: number;
}

/** The pixel size to try after a headline came out `height` tall at `px`. */
function nextTitleSize(px: number, height: number): number {
  // Wrapped text covers an area that grows with the square of its size.
  return Math.floor(px * Math.min(0.95, Math.sqrt(TITLE_HEIGHT / height)));
}

async function renderText(text: string, options: { weight: 'Bold' | 'Regular'; px: number }): Promise<TextImage> {
  await loadFonts();
  const { data, info } = await sharp({
    text: {
      text: pangoEscape(text),
      font: `${FAMILIES} ${options.weight} ${options.px}`,
      fontfile: options.weight === 'Bold' ? SERIF_BOLD : SERIF_REGULAR,
      width: TEXT_WIDTH,
      // At 72 dpi a Pango point is a pixel.
      dpi: 72,
      // Pango flips the alignment of right-to-left paragraphs itself.
      align: 'left',
      // Words wrap whole; a word longer than the line (a URL, a long compound) breaks between letters.
      wrap: 'word-char',
    },
  })
    // Pango's coverage, one band: the ink's colour is chosen when the text is laid on the card.
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * The headline as large as fits the box, and no larger than TITLE_MAX_PX.
 * Each try is one Pango layout of a millisecond or so; the size is
 * estimated from how tall the last try came out, so most headlines take
 * one or two tries.
 */
export async function renderTitle(title: string): Promise<TextImage> {
  let px = TITLE_MAX_PX;
  for (;;) {
    const image = await renderText(title, { weight: 'Bold', px });
    if (image.height <= TITLE_HEIGHT) return image;
    if (px <= TITLE_MIN_PX) return cropToTitleBox(image);
    px = Math.max(TITLE_MIN_PX, nextTitleSize(px, image.height));
  }
}

/** The top of a headline too long to fit even at the smallest size. */
function cropToTitleBox(image: TextImage): TextImage {
  return { data: image.data.subarray(0, image.width * TITLE_HEIGHT), width: image.width, height: TITLE_HEIGHT };
}

/** Left edge of a text image: against the start margin, which is the right one in RTL. */
function startEdge(image: TextImage, dir: 'ltr' | 'rtl'): number {
  return dir === 'rtl' ? CARD_WIDTH - MARGIN - image.width : MARGIN;
}

function endEdge(image: TextImage, dir: 'ltr' | 'rtl'): number {
  return dir === 'rtl' ? MARGIN : CARD_WIDTH - MARGIN - image.width;
}

/** Makes Pango know the bundled fonts before any text names them. */
let fontsLoaded: Promise<void> | undefined;
function loadFonts(): Promise<void> {
  fontsLoaded ??= Promise.all(
    [SERIF_BOLD, SERIF_REGULAR, NASKH_BOLD, NASKH_REGULAR].map((fontfile) =>
      sharp({ text: { text: '.', fontfile, dpi: 72 } })
        .png()
        .toBuffer(),
    ),
  ).then(() => undefined);
  return fontsLoaded;
}

/** A colour as red, green and blue bytes, from `#rrggbb`. */
function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff];
}

/** The inks drawn on the paper, in the order of their shades in the palette. */
type Ink = 'ink' | 'muted' | 'accent';
const INKS: readonly Ink[] = ['ink', 'muted', 'accent'];
/**
 * Shades of each ink, from the faintest edge of a letter to solid: the
 * paper and 85 shades of three inks fill a palette of 256. Pango's 256
 * levels of coverage fall to 85: neighbouring shades differ by under 3 of
 * 255 in any channel, too little to see at the edge of a letter.
 */
const SHADES = 85;

/** Index 0 is the paper; then each ink's shades, faintest first. */
const CARD_PALETTE: Uint8Array = (() => {
  const paper = rgb(COLOURS.paper);
  const palette = new Uint8Array((1 + INKS.length * SHADES) * 3);
  palette.set(paper, 0);
  INKS.forEach((ink, slot) => {
    const solid = rgb(COLOURS[ink]);
    for (let shade = 1; shade <= SHADES; shade += 1) {
      const blended = solid.map((value, channel) => Math.round(paper[channel]! + ((value - paper[channel]!) * shade) / SHADES));
      palette.set(blended, (1 + slot * SHADES + shade - 1) * 3);
    }
  });
  return palette;
})();

/** For each ink, the palette index of each level of coverage (0, the paper, where there is next to none). */
const SHADE_OF_COVERAGE: Record<Ink, Uint8Array> = Object.fromEntries(
  INKS.map((ink, slot) => [
    ink,
    Uint8Array.from({ length: 256 }, (_, coverage) => {
      const shade = Math.round((coverage * SHADES) / 255);
      return shade === 0 ? 0 : 1 + slot * SHADES + shade - 1;
    }),
  ]),
) as Record<Ink, Uint8Array>;

/** The palette index of an ink laid solid. */
function solid(ink: Ink): number {
  return SHADE_OF_COVERAGE[ink][255]!;
}

/** Paints a rectangle in one palette colour on `pixels`, an indexed canvas the size of a card. */
function fill(pixels: Uint8Array, index: number, left: number, top: number, width: number, height: number): void {
  for (let y = top; y < top + height; y += 1) pixels.fill(index, y * CARD_WIDTH + left, y * CARD_WIDTH + left + width);
}

/**
 * Lays text over `pixels`, an indexed canvas the size of a card, in
 * `ink`: each pixel the text covers takes the shade of its coverage. Lines
 * do not overlap; if a long byline ran into the publication's name, the
 * later line would show where both have ink.
 */
function draw(pixels: Uint8Array, image: TextImage, left: number, top: number, ink: Ink): void {
  const { data, width } = image;
  const shades = SHADE_OF_COVERAGE[ink];
  const height = Math.min(image.height, CARD_HEIGHT - top);
  for (let y = 0; y < height; y += 1) {
    let from = y * width;
    let to = (top + y) * CARD_WIDTH + left;
    for (const end = from + width; from < end; from += 1, to += 1) {
      const index = shades[data[from]!]!;
      if (index !== 0) pixels[to] = index;
    }
  }
}

/**
 * The lines cards share: an archive has a few sections, some authors and
 * one publication, so each such line is laid out once, not once a card.
 * Bounded, so a publication of many authors never holds them all.
 */
const sharedLines = new Map<string, Promise<TextImage>>();
const SHARED_LINES_KEPT = 256;

function sharedLine(text: string, options: { weight: 'Bold' | 'Regular'; px: number }): Promise<TextImage> {
  const key = JSON.stringify([text, options]);
  let image = sharedLines.get(key);
  if (!image) {
    if (sharedLines.size >= SHARED_LINES_KEPT) sharedLines.clear();
    image = renderText(text, options);
    // A failed layout is not kept: the next card tries again.
    image.catch(() => sharedLines.delete(key));
    sharedLines.set(key, image);
  }
  return image;
}

/** The card before any text: paper and the accent band along the top, painted once and copied for each card. */
let blankCard: Uint8Array | undefined;
function blankCanvas(): Uint8Array {
  if (!blankCard) {
    blankCard = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);
    fill(blankCard, solid('accent'), 0, 0, CARD_WIDTH, 16);
  }
  return blankCard.slice();
}

/**
 * Draws a card. Same input, same bytes. The card is drawn in palette
 * colours and written as an indexed PNG (src/features/sharing/indexed-png.ts): a third
 * of the bytes of RGB to compress, and a file of less than half the size.
 */
export async function renderCard(card: CardInput): Promise<Buffer> {
  const [kicker, title, byline, publication] = await Promise.all([
    sharedLine(card.kicker.toLocaleUpperCase(), { weight: 'Bold', px: 30 }),
    renderTitle(card.title),
    sharedLine(card.byline, { weight: 'Regular', px: 34 }),
    sharedLine(card.publication, { weight: 'Bold', px: 34 }),
  ]);
  const footerTop = CARD_HEIGHT - MARGIN - Math.max(byline.height, publication.height);
  const canvas = blankCanvas();
  draw(canvas, kicker, startEdge(kicker, card.dir), 76, 'accent');
  draw(canvas, title, startEdge(title, card.dir), TITLE_TOP, 'ink');
  fill(canvas, solid('muted'), MARGIN, footerTop - 28, TEXT_WIDTH, 2);
  draw(canvas, byline, startEdge(byline, card.dir), footerTop, 'ink');
  draw(canvas, publication, endEdge(publication, card.dir), footerTop, 'muted');
  return encodeIndexedPng({ width: CARD_WIDTH, height: CARD_HEIGHT, pixels: canvas, palette: CARD_PALETTE });
}

/** A card's cache key: its input, the drawing's version and the libvips that draws it. */
export function cardKey(card: CardInput): string {
  return cacheKey([DESIGN_VERSION, sharp.versions.vips, card]);
}

/** Where the cache in `cacheDir` keeps a card. */
function cardFile(card: CardInput, cacheDir: string): string {
  return join(cacheDir, `${cardKey(card)}.png`);
}

/** Draws a card and keeps it as `file`, returning its bytes. */
export async function drawIntoCache(card: CardInput, file: string): Promise<Buffer> {
  const png = await renderCard(card);
  await writeCacheFile(file, png);
  return png;
}

/**
 * The card from `cacheDir` when one was drawn from the same input before,
 * else drawn now by `draw` (by default on this thread) and kept there.
 * Saves the milliseconds a card takes to draw on every build of an
 * unchanged article.
 */
export async function cachedCard(
  card: CardInput,
  cacheDir: string,
  draw: (card: CardInput, file: string) => Promise<Uint8Array> = drawIntoCache,
): Promise<{ png: Uint8Array<ArrayBuffer>; cached: boolean }> {
  const file = cardFile(card, cacheDir);
  const kept = await readCacheFile(file);
  if (kept) return { png: new Uint8Array(kept), cached: true };
  return { png: new Uint8Array(await draw(card, file)), cached: false };
}
