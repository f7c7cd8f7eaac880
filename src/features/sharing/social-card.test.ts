import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardInput,
  TEXT_WIDTH,
  TITLE_HEIGHT,
  type TextImage,
  cachedCard,
  cardKey,
  pangoEscape,
  renderCard,
  renderTitle,
} from './social-card.ts';
import type { CardAnswer, CardJob } from './card-worker.ts';
import { WorkerPool } from '../../lib/worker-pool.ts';

const card: CardInput = {
  title: 'The Pakistan-Afghan Taliban duel has revealed irreparable cracks',
  kicker: 'Opinion',
  byline: 'Owais Tohid',
  publication: 'Arab News',
  dir: 'ltr',
};

const ARABIC_TITLE = 'صراع باكستان وطالبان الأفغانية كشف عن شروخ لا يمكن إصلاحها';

/** Pixels of a drawn headline at least half covered: how much ink was laid down. */
function inkedPixels(image: TextImage): number {
  return image.data.filter((coverage) => coverage >= 128).length;
}

describe('social cards', () => {
  it('are 1200×630 PNGs', async () => {
    const metadata = await sharp(await renderCard(card)).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('lay the accent bar, the rule and the text on the paper, mirrored for right-to-left', async () => {
    const pixel = (raw: Buffer, x: number, y: number) =>
      `#${[...raw.subarray((y * CARD_WIDTH + x) * 3, (y * CARD_WIDTH + x) * 3 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    /** Whether any pixel in the columns and rows given is clearly darker than the paper. */
    const inked = (raw: Buffer, x0: number, x1: number, y0: number, y1: number) => {
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const at = (y * CARD_WIDTH + x) * 3;
          if (raw[at]! + raw[at + 1]! + raw[at + 2]! < 500) return true;
        }
      }
      return false;
    };
    const draw = async (input: CardInput) =>
      sharp(await renderCard(input))
        .removeAlpha()
        .raw()
        .toBuffer();
    const ltr = await draw(card);
    expect(pixel(ltr, 600, 8)).toBe('#a3211b');
    expect(pixel(ltr, 10, 600)).toBe('#fdfcf9');
    // The section's name (the kicker, rows 76 to 110) stands at the start margin: left, or right in Arabic.
    expect(inked(ltr, 80, 200, 76, 110)).toBe(true);
    expect(inked(ltr, 1000, 1120, 76, 110)).toBe(false);
    expect(inked(ltr, 80, 200, 150, 450)).toBe(true);
    const rtl = await draw({ ...card, title: ARABIC_TITLE, kicker: 'رأي', dir: 'rtl' });
    expect(inked(rtl, 1000, 1120, 76, 110)).toBe(true);
    expect(inked(rtl, 80, 200, 76, 110)).toBe(false);
    // Nothing is drawn in the margins.
    expect(inked(rtl, 0, 80, 20, CARD_HEIGHT)).toBe(false);
  });

  it('shade the edges of letters within 2 of 255 of blending the ink over the paper exactly', async () => {
    const { data: drawn } = await sharp(await renderCard(card))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const title = await renderTitle(card.title);
    const [paper, ink] = [
      [0xfd, 0xfc, 0xf9],
      [0x1c, 0x1a, 0x17],
    ];
    let edges = 0;
    let worst = 0;
    for (let y = 0; y < title.height; y++) {
      for (let x = 0; x < title.width; x++) {
        const coverage = title.data[y * title.width + x]!;
        if (coverage > 0 && coverage < 255) edges++;
        const at = ((150 + y) * CARD_WIDTH + 80 + x) * 3;
        for (let channel = 0; channel < 3; channel++) {
          const exact = paper[channel]! + ((ink[channel]! - paper[channel]!) * coverage) / 255;
          worst = Math.max(worst, Math.abs(drawn[at + channel]! - exact));
        }
      }
    }
    expect(edges).toBeGreaterThan(1_000);
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('are the same bytes every time they are drawn from the same input', async () => {
    expect((await renderCard(card)).equals(await renderCard(card))).toBe(true);
  });

  it.each([
    ['a one-word headline', 'Cracks'],
    ['a usual headline', card.title],
    ['a very long headline', 'An unusually long headline that goes on and on '.repeat(8)],
    ['a headline too long for any readable size', 'Words without end '.repeat(200)],
    ['a headline of one unbroken word longer than a line', 'Unbroken'.repeat(40)],
    ['an Arabic headline', ARABIC_TITLE],
  ])('fit %s inside the headline box', async (_, title) => {
    const image = await renderTitle(title);
    expect(image.width).toBeGreaterThan(0);
    expect(image.width).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(image.height).toBeLessThanOrEqual(TITLE_HEIGHT);
  });

  it('wrap a long headline onto several lines rather than one shrunken line', async () => {
    const long = await renderTitle(card.title);
    const short = await renderTitle('Cracks');
    expect(long.height).toBeGreaterThan(short.height * 2);
  });

  it('draw an Arabic headline in Arabic letters', async () => {
    const arabic = await renderTitle(ARABIC_TITLE);
    expect(inkedPixels(arabic)).toBeGreaterThan(10_000);
    // Without an Arabic font each letter would be drawn as a wide "missing glyph" box, as these
    // unassigned characters are; shaped Arabic letters join and take far less room.
    const word = 'باكستان';
    const shaped = await renderTitle(word);
    const boxes = await renderTitle('\u{E000}'.repeat([...word].length));
    expect(shaped.width).toBeLessThan(0.7 * boxes.width);
  });

  it('escape text for Pango markup', () => {
    expect(pangoEscape('<b>A & B</b>')).toBe('&lt;b&gt;A &amp; B&lt;/b&gt;');
  });

  it('are drawn once and then reused from the cache while their input is unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-cards-'));
    try {
      const first = await cachedCard(card, dir);
      const second = await cachedCard(card, dir);
      expect(first.cached).toBe(false);
      expect(second.cached).toBe(true);
      expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
      const changed = await cachedCard({ ...card, title: 'Another headline' }, dir);
      expect(changed.cached).toBe(false);
      expect(await readdir(dir)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are drawn by the drawer they are given when missing from the cache, and then read from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'longread-cards-'));
    const pool = new WorkerPool<CardJob, CardAnswer>(resolve('src/features/sharing/card-worker.ts'), 2);
    try {
      const asked: string[] = [];
      const inWorker = async (input: CardInput, file: string) => {
        asked.push(input.title);
        const { png, error } = await pool.run({ card: input, file });
        if (!png) throw new Error(error);
        return png;
      };
      const drawn = await cachedCard(card, dir, inWorker);
      expect(drawn.cached).toBe(false);
      // A worker draws what this thread would, byte for byte, and keeps it in the cache.
      expect(Buffer.from(drawn.png).equals(await renderCard(card))).toBe(true);
      const found = await cachedCard(card, dir, inWorker);
      expect(found.cached).toBe(true);
      expect(asked).toEqual([card.title]);
      expect(await readdir(dir)).toHaveLength(1);
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are keyed by every input', () => {
    const keys = new Set(
      [card, { ...card, title: 'x' }, { ...card, kicker: 'x' }, { ...card, byline: 'x' }, { ...card, publication: 'x' }, { ...card, dir: 'rtl' as const }].map(
        cardKey,
      ),
    );
    expect(keys.size).toBe(6);
  });
});
