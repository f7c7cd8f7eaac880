import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The op-ed as captured from its publisher's page, read the way its
 * anatomy describes it (line numbers of the capture): body paragraphs on
 * lines 10–20, 26–52 and 58–72, one paragraph broken across lines 54 and
 * 56, the pull quote on line 22, the bio on line 74 and the disclaimer on
 * line 76. Everything else is page furniture.
 */
const lines = readFileSync(resolve(import.meta.dirname, '../fixtures/source/op-ed-capture.txt'), 'utf8').split('\n');
const line = (n: number): string => lines[n - 1]!.trim();
const everyOther = (from: number, to: number): string[] => Array.from({ length: (to - from) / 2 + 1 }, (_, i) => line(from + 2 * i));

export const opEd = {
  title: line(1),
  paragraphs: [...everyOther(10, 20), ...everyOther(26, 52), `${line(54)} ${line(56)}`, ...everyOther(58, 72)],
  pullQuote: line(22),
  pullQuoteAttribution: line(24),
  /** The bio without its leading "– " and trailing X handle, which the site shows as a link. */
  bio: line(74)
    .replace(/^–\s*/, '')
    .replace(/\s*X: @\w+$/, ''),
  xHandle: /X: (@\w+)$/.exec(line(74))![1]!,
  disclaimer: line(76).replace(/^Disclaimer:\s*/, ''),
};

/** Folds typographic variants so the capture and the rendering compare by words alone. */
export function normaliseTypography(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim();
}
