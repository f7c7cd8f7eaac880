import { byNewestCorrection, correctionAnchor } from './corrections.ts';
import { once } from '../../lib/once.ts';
import { publishedArticles } from '../articles/article-queries.ts';

/** Every published article with a correction, the most recently corrected first. */
export const correctedArticles = once(async () => byNewestCorrection(await publishedArticles()));

/** Every correction of a published article, newest first, with its article and its anchor there. */
export const allCorrections = once(async () =>
  (await correctedArticles())
    .flatMap((article) => article.corrections.map((correction) => ({ article, correction, anchor: correctionAnchor(correction) })))
    .sort((a, b) => b.correction.date.getTime() - a.correction.date.getTime()),
);
