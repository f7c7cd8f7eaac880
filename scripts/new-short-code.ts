/**
 * Prints a short code no article has ever used, for a new article's
 * `shortCode`. The build records it in content/short-links.json on the
 * first build that publishes the article.
 *
 * Usage: npm run short-code
 */
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { generateShortCode } from '../src/lib/short-code.ts';

const registryFile = `${process.env.LONGREAD_CONTENT_DIR ?? 'content'}/short-links.json`;
const registry: Record<string, string> = JSON.parse(await readFile(registryFile, 'utf8').catch(() => '{}'));
console.log(generateShortCode(new Set(Object.keys(registry)), randomInt));
