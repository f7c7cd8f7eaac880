import { countWords } from './plain-text.ts';

/** Typical silent-reading speed for non-fiction prose, in words a minute. */
const WORDS_PER_MINUTE = 230;

/** Whole minutes it takes to read the given paragraphs; at least one. */
export function readingMinutes(paragraphs: readonly string[], wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
  return Math.max(1, Math.round(words / wordsPerMinute));
}
