/**
 * The picture a link preview shows: a 1200×630 PNG with the section, the
 * headline, the author and the publication, drawn with sharp (libvips and
 * Pango) from fonts shipped in node_modules, so a build never fetches one.
 * The headline wraps and shrinks until it fits; Arabic and other scripts
 * are shaped by Pango with Noto Naskh Arabic.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

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
const DESIGN_VERSION = '1';

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
/** Pango sizes fonts in points: at 72 dpi a point is a pixel. */
const POINTS_AT_72_DPI = 12;

/** Escapes text for Pango markup. */
export function pangoEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text drawn on a transparent background, as a PNG. */
export interface TextImage {
  data: Buffer;
  width: number;
  height: number;
}

async function renderText(
  text: string,
  options: { weight: 'Bold' | 'Regular'; colour: string; px?: number; fitHeight?: number },
): Promise<TextImage & { dpi: number }> {
  await loadFonts();
  const size = options.px ?? POINTS_AT_72_DPI;
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${options.colour}">${pangoEscape(text)}</span>`,
      font: `${FAMILIES} ${options.weight} ${size}`,
      fontfile: options.weight === 'Bold' ? SERIF_BOLD : SERIF_REGULAR,
      width: TEXT_WIDTH,
      ...(options.fitHeight ? { height: options.fitHeight } : { dpi: 72 }),
      // Pango flips the alignment of right-to-left paragraphs itself.
      align: 'left',
      wrap: 'word',
      rgba: true,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi: info.textAutofitDpi ?? 72 };
}

/** The headline as large as fits the box, and no larger than TITLE_MAX_PX. */
export async function renderTitle(title: string): Promise<TextImage> {
  const fitted = await renderText(title, { weight: 'Bold', colour: COLOURS.ink, fitHeight: TITLE_HEIGHT });
  const fittedPx = (POINTS_AT_72_DPI * fitted.dpi) / 72;
  if (fittedPx <= TITLE_MAX_PX) return fitted;
  const capped = await renderText(title, { weight: 'Bold', colour: COLOURS.ink, px: TITLE_MAX_PX });
  // Wrapped at the smaller size, some scripts take more lines than the fitted size did.
  return capped.height <= TITLE_HEIGHT ? capped : fitted;
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
      sharp({ text: { text: '.', fontfile, dpi: 72 } }).png().toBuffer(),
    ),
  ).then(() => undefined);
  return fontsLoaded;
}

/** Draws a card. Same input, same bytes. */
export async function renderCard(card: CardInput): Promise<Buffer> {
  const [kicker, title, byline, publication] = await Promise.all([
    renderText(card.kicker.toLocaleUpperCase(), { weight: 'Bold', colour: COLOURS.accent, px: 30 }),
    renderTitle(card.title),
    renderText(card.byline, { weight: 'Regular', colour: COLOURS.ink, px: 34 }),
    renderText(card.publication, { weight: 'Bold', colour: COLOURS.muted, px: 34 }),
  ]);
  const footerTop = CARD_HEIGHT - MARGIN - Math.max(byline.height, publication.height);
  const rule = await sharp({
    create: { width: TEXT_WIDTH, height: 2, channels: 4, background: COLOURS.muted },
  })
    .png()
    .toBuffer();
  const band = await sharp({
    create: { width: CARD_WIDTH, height: 16, channels: 4, background: COLOURS.accent },
  })
    .png()
    .toBuffer();

  return sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: COLOURS.paper } })
    .composite([
      { input: band, left: 0, top: 0 },
      { input: kicker.data, left: startEdge(kicker, card.dir), top: 76 },
      { input: title.data, left: startEdge(title, card.dir), top: TITLE_TOP },
      { input: rule, left: MARGIN, top: footerTop - 28 },
      { input: byline.data, left: startEdge(byline, card.dir), top: footerTop },
      { input: publication.data, left: endEdge(publication, card.dir), top: footerTop },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A card's cache key: its input, the drawing's version and the libvips that draws it. */
export function cardKey(card: CardInput): string {
  return createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, sharp.versions.vips, card]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The card from `cacheDir` when one was drawn from the same input before,
 * else drawn now and kept there. Saves the ~100 ms a card takes to draw
 * on every build of an unchanged article.
 */
export async function cachedCard(
  card: CardInput,
  cacheDir: string,
): Promise<{ png: Uint8Array<ArrayBuffer>; cached: boolean }> {
  const file = join(cacheDir, `${cardKey(card)}.png`);
  try {
    return { png: new Uint8Array(await readFile(file)), cached: true };
  } catch {
    const png = await renderCard(card);
    await mkdir(cacheDir, { recursive: true });
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
    return { png: new Uint8Array(png), cached: false };
  }
}
