/**
 * Prints a short code no article has ever used, for a new article's
 * `shortCode`. The build records it in content/short-links.json on the
 * first build that publishes the article. (`npm run new` picks one itself.)
 *
 * Usage: npm run short-code
 */
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { generateShortCode } from '../../src/features/short-links/short-code.ts';
import { buildPaths } from '../../src/settings.ts';
import { takenShortCodes } from './new-article.ts';

console.log(generateShortCode(takenShortCodes(resolve(buildPaths.contentDir)), randomInt));
