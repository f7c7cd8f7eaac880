/**
 * Scaffolds an article: a file named after the title, today's date, a
 * fresh short code no article (and no code ever published) has used.
 *
 * Usage: npm run new -- "The headline" --author <id> [--section <id>]
 * (LONGREAD_CONTENT_DIR picks another content folder.)
 */
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RESERVED_ARTICLE_SLUGS } from '../../src/lib/paths.ts';
import { generateShortCode } from '../../src/features/short-links/short-code.ts';
import { parseRegistry } from '../../src/features/short-links/short-link-registry.ts';
import { slugify, uniqueSlug } from '../../src/features/articles/slug.ts';
import { frontmatterOf } from '../../src/features/articles/frontmatter.ts';
import { buildPaths } from '../../src/settings.ts';

/**
 * Every short code in use: in articles' frontmatter (drafts included, whose
 * codes the registry does not hold yet) and in the registry of codes ever published.
 */
export function takenShortCodes(contentDir: string): Set<string> {
  const codes = new Set<string>();
  const articles = join(contentDir, 'articles');
  for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const code = frontmatterOf(readFileSync(join(articles, file), 'utf8'))?.shortCode;
    // Unquoted, a code of digits only is a number to YAML: it is taken all the same.
    if (typeof code === 'string' || typeof code === 'number') codes.add(String(code));
  }
  const registryFile = join(contentDir, 'short-links.json');
  if (existsSync(registryFile)) {
    const parsed = parseRegistry(readFileSync(registryFile, 'utf8'), registryFile);
    if ('problem' in parsed) throw new Error(`${parsed.problem.file}: ${parsed.problem.problem}`);
    for (const code of Object.keys(parsed.registry)) codes.add(code);
  }
  return codes;
}

/** Writes the new article; returns its path and short code. */
export async function newArticle(options: {
  contentDir: string;
  title: string;
  author: string;
  section: string;
  today?: Date;
  /** Where the short code's letters come from: crypto's randomInt unless a test replays chosen ones. */
  randomIndex?: (n: number) => number;
}): Promise<{ file: string; shortCode: string }> {
  const { contentDir, title, author, section } = options;
  for (const [kind, id] of [
    ['authors', author],
    ['sections', section],
  ] as const) {
    const known = readdirSync(join(contentDir, kind)).map((file) => file.replace(/\.(ya?ml|json)$/, ''));
    if (!known.includes(id)) throw new Error(`no ${kind.slice(0, -1)} "${id}"; known: ${known.join(', ')}`);
  }
  const articles = join(contentDir, 'articles');
  const existing = new Set(readdirSync(articles).map((file) => file.replace(/\.mdx$/, '')));
  const slug = uniqueSlug(slugify(title), new Set([...existing, ...RESERVED_ARTICLE_SLUGS]));
  if (slug === '') throw new Error('the title needs at least one letter or digit');
  const shortCode = generateShortCode(takenShortCodes(contentDir), options.randomIndex ?? randomInt);
  const date = (options.today ?? new Date()).toISOString().slice(0, 10);
  const file = join(articles, `${slug}.mdx`);
  await writeFile(
    file,
    `---
title: ${JSON.stringify(title)}
publishedAt: ${date}
author: ${author}
section: ${section}
shortCode: "${shortCode}" # permanent: never change it once published
tags: []
draft: true # delete this line to publish
---

The first paragraph. It becomes the summary unless you add a \`description\`.

<PullQuote by="${author}">
  A sentence from the body, set large.
</PullQuote>
`,
    { flag: 'wx' },
  );
  return { file, shortCode };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { author: { type: 'string' }, section: { type: 'string', default: 'opinion' } },
  });
  const title = positionals.join(' ').trim();
  if (!title || !values.author) {
    console.error('Usage: npm run new -- "The headline" --author <id> [--section <id>]');
    process.exit(2);
  }
  try {
    const { file, shortCode } = await newArticle({
      contentDir: resolve(buildPaths.contentDir),
      title,
      author: values.author,
      section: values.section,
    });
    console.log(`Created ${relative(process.cwd(), file)} (short code ${shortCode}). It is a draft until you remove "draft: true".`);
  } catch (error) {
    console.error(`Could not create the article: ${(error as Error).message}`);
    process.exit(1);
  }
}
