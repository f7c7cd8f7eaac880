/**
 * Writes a content tree of N realistic long reads (~1,500 words each, six
 * authors, four sections, a dozen tags, headings and some pull quotes; one
 * in three with a hero photo of its own) for tests and benchmarks. The same
 * seed always writes the same articles.
 *
 * Usage: node scripts/benchmarks/generate-articles.ts <content-dir> [count] [seed]
 * then build it with LONGREAD_CONTENT_DIR=<content-dir> npm run build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { generatedPhoto } from './generated-photo.ts';
import { generateShortCode } from '../../src/features/short-links/short-code.ts';
import { type ShortLinkRegistry, formatRegistry, quoteCode } from '../../src/features/short-links/short-link-registry.ts';
import { typographic } from '../../src/features/article-body/typography.ts';
import { takenShortCodes } from '../authoring/new-article.ts';
import { slugify, uniqueSlug } from '../../src/features/articles/slug.ts';
import { ONE_DAY_MS } from '../../src/lib/dates.ts';

export const AUTHORS = [
  { id: 'maya-haddad', name: 'Maya Haddad', x: '@mayahaddad' },
  { id: 'tom-okafor', name: 'Tom Okafor', x: '@tomokafor' },
  { id: 'lena-brandt', name: 'Lena Brandt', x: '@lenabrandt' },
  { id: 'samir-qureshi', name: 'Samir Qureshi', x: '@samirq' },
  { id: 'ines-moreau', name: 'Inès Moreau', x: '@inesmoreau' },
  { id: 'kenji-sato', name: 'Kenji Sato', x: '@kenjisato' },
] as const;

export const SECTIONS = [
  { id: 'opinion', name: 'Opinion', description: 'Argument and analysis.' },
  { id: 'world', name: 'World', description: 'Reporting from every region.' },
  { id: 'business', name: 'Business', description: 'Markets, companies and the economy.' },
  { id: 'culture', name: 'Culture', description: 'Books, film, art and ideas.' },
] as const;

const TAGS = ['Climate', 'Energy', 'Elections', 'Trade', 'Water', 'Cities', 'Technology', 'Health', 'Middle East', 'Asia', 'Africa', 'Europe'];

const SUBJECTS = [
  'the river basin',
  'the new coalition',
  'the central bank',
  'the port city',
  'the reform plan',
  'the trade corridor',
  'the northern provinces',
  'the ceasefire',
  'the grain harvest',
  'the election commission',
  'the housing market',
  'the solar programme',
  'the border towns',
  'the film festival',
  'the school system',
  'the shipping lanes',
];
const VERBS = [
  'has exposed',
  'is reshaping',
  'still depends on',
  'quietly rewrote',
  'cannot ignore',
  'was built on',
  'will test',
  'keeps returning to',
  'has outgrown',
  'may yet rescue',
];
const OBJECTS = [
  'an old rivalry',
  'a fragile consensus',
  'the promises of a decade',
  'a generation of workers',
  'the limits of planning',
  'its own history',
  'a divided public',
  'the cost of delay',
  'an uneasy truce',
  'the rules everyone assumed',
];
const CLAUSES = [
  'although officials insist otherwise',
  'as the figures from last year show',
  'which few people expected',
  'and the consequences are already visible',
  'according to people who watched it closely',
  'despite a long record of caution',
  'while the rest of the region waits',
  'because nobody wanted to pay first',
];
const OPENERS = ['In practice,', 'For now,', 'Even so,', 'At the same time,', 'On the ground,', 'By most accounts,', 'Seen from the capital,', 'Put simply,'];
const TITLE_FORMS = [
  (s: string, o: string) => `Why ${s} ${o.startsWith('the') ? 'still shapes' : 'faces'} ${o}`,
  (s: string, o: string) => `What ${s} tells us about ${o}`,
  (s: string, o: string) => `The quiet fight over ${s} and ${o}`,
  (s: string) => `Inside ${s}: a year of hard choices`,
  (s: string, o: string, verb: string) => `How ${s} ${verb} ${o}`,
];

/** A small, fast, seedable generator (mulberry32): the same seed gives the same articles. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentenceMaker(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const sentence = () => {
    const core = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
    const shape = random();
    if (shape < 0.3) return `${pick(OPENERS)} ${core}, ${pick(CLAUSES)}.`;
    if (shape < 0.6) return `${capitalise(core)}, ${pick(CLAUSES)}, and ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`;
    if (shape < 0.7) return `"${capitalise(core)}," one official said -- and then repeated it.`;
    return `${capitalise(core)}.`;
  };
  return { pick, sentence, capitalise };
}

/** One article's MDX: frontmatter, ~1,500 words in paragraphs under a few headings, maybe a pull quote (whose words it returns too). */
function articleSource(options: {
  title: string;
  author: string;
  section: string;
  shortCode: string;
  publishedAt: string;
  tags: string[];
  withPullQuote: boolean;
  /** The hero's file name, next to the article, if it has one. */
  hero?: string | undefined;
  random: () => number;
}): { source: string; quote?: string } {
  const { sentence, pick, capitalise } = sentenceMaker(options.random);
  const blocks: string[] = [];
  let words = 0;
  let paragraphs = 0;
  let quote: string | undefined;
  while (words < 1500) {
    if (paragraphs > 0 && paragraphs % 5 === 0) blocks.push(`## ${capitalise(pick(SUBJECTS))} and ${pick(OBJECTS)}`);
    const paragraph = Array.from({ length: 4 + Math.floor(options.random() * 3) }, sentence).join(' ');
    blocks.push(paragraph);
    words += paragraph.split(/\s+/).length;
    paragraphs++;
    if (options.withPullQuote && paragraphs === 3) {
      quote = `${paragraph.split('. ')[0]!.replace(/\.$/, '')}.`;
      blocks.push(`<PullQuote by="${options.author}">\n  ${quote}\n</PullQuote>`);
    }
  }
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(options.title)}`,
    `publishedAt: ${options.publishedAt}`,
    `author: ${options.author}`,
    `section: ${options.section}`,
    `shortCode: ${JSON.stringify(options.shortCode)}`,
    `tags: ${JSON.stringify(options.tags)}`,
    ...(options.hero
      ? [
          'hero:',
          `  src: ./${options.hero}`,
          `  alt: ${JSON.stringify(`Hills under a wide sky near ${pick(SUBJECTS)}.`)}`,
          `  caption: ${JSON.stringify(`${capitalise(pick(SUBJECTS))} ${pick(VERBS)} ${pick(OBJECTS)}.`)}`,
          '  credit: "Photo: Staff"',
        ]
      : []),
    '---',
  ];
  return { source: `${frontmatter.join('\n')}\n\n${blocks.join('\n\n')}\n`, ...(quote ? { quote } : {}) };
}

/**
 * The page stating the publication's policies, which its structured data
 * points at (settings.policies), unless the tree has one already.
 */
async function writeAboutPage(contentDir: string): Promise<void> {
  const page = [
    '---',
    'title: About us',
    'description: Who we are, and the principles, corrections policy and ethics we follow.',
    '---',
    '',
    'A generated publication of long reads.',
    '',
    '## Corrections',
    '',
    'Corrections are dated on the article and listed on the corrections page.',
    '',
    '## Ethics',
    '',
    'Writers declare their interests.',
    '',
  ].join('\n');
  await writeFile(join(contentDir, 'pages', 'about.md'), page, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

/** Width and height of generated heroes: wide enough for every size the site makes. */
export const HERO_SIZE = { width: 1600, height: 1000 };

/**
 * Hero photos, each its own: windows at different places of a few larger
 * scenes, so every article's photo has pixels of its own (the build
 * processes and caches each) while writing one costs only a JPEG encoding.
 */
async function heroMaker(random: () => number): Promise<() => Promise<Buffer>> {
  const scene = { width: HERO_SIZE.width * 1.5, height: HERO_SIZE.height * 1.5 };
  const scenes = await Promise.all([0, 1, 2].map((seed) => generatedPhoto({ ...scene, seed }).then((jpeg) => sharp(jpeg).raw().toBuffer())));
  return () => {
    const pixels = scenes[Math.floor(random() * scenes.length)]!;
    const left = Math.floor(random() * (scene.width - HERO_SIZE.width));
    const top = Math.floor(random() * (scene.height - HERO_SIZE.height));
    return sharp(pixels, { raw: { ...scene, channels: 3 } })
      .extract({ left, top, ...HERO_SIZE })
      .jpeg({ quality: 85 })
      .toBuffer();
  };
}

/** What was written: each article's slug, section, author, short code and date, newest first. */
export interface GeneratedArticle {
  slug: string;
  title: string;
  section: string;
  author: string;
  shortCode: string;
  publishedAt: string;
  tags: string[];
  /** The hero's file name, next to the article: one article in three has one. */
  hero?: string;
}

/**
 * Writes `count` articles plus their authors, sections and about page into `contentDir`
 * (adding to what is there). Dates run back one day per article from
 * 2025-10-01, so the first article is the newest. Their short codes are
 * new to the tree, and added to its short-link registry.
 */
export async function generateArticles(
  contentDir: string,
  count: number,
  options: { seed?: number; /** One article in three gets a hero photo unless this is false. */ heroes?: boolean } = {},
): Promise<GeneratedArticle[]> {
  const random = seededRandom(options.seed ?? 1);
  const { pick, sentence } = sentenceMaker(random);
  await Promise.all(['articles', 'authors', 'sections', 'pages'].map((folder) => mkdir(join(contentDir, folder), { recursive: true })));
  await writeAboutPage(contentDir);
  await Promise.all([
    ...AUTHORS.map((author) =>
      writeFile(
        join(contentDir, 'authors', `${author.id}.yaml`),
        `name: ${author.name}\nbio: ${JSON.stringify(`${author.name} writes about ${pick(SUBJECTS)}. ${sentence()}`)}\nx: "${author.x}"\n`,
      ),
    ),
    ...SECTIONS.map((section) => writeFile(join(contentDir, 'sections', `${section.id}.yaml`), `name: ${section.name}\ndescription: ${section.description}\n`)),
  ]);

  const codes = takenShortCodes(contentDir);
  const slugs = new Set<string>();
  /** How often each headline was drawn: a publication does not print one twice, so a repeat becomes the next part of a series. */
  const headlines = new Map<string, number>();
  const written: GeneratedArticle[] = [];
  /** Each pull quote's code and its words as the body renders them, for the registry. */
  const quotes: [string, string][] = [];
  const newest = Date.UTC(2025, 9, 1);
  // The scenes are drawn when the first hero is needed, from a stream of their own, so the words stay as they were.
  let heroes: Promise<() => Promise<Buffer>> | undefined;
  const nextHero = async () => (await (heroes ??= heroMaker(seededRandom((options.seed ?? 1) + 1))))();
  for (let i = 0; i < count; i++) {
    const headline = pick(TITLE_FORMS)(pick(SUBJECTS), pick(OBJECTS), pick(VERBS));
    const drawn = (headlines.get(headline) ?? 0) + 1;
    headlines.set(headline, drawn);
    const title = drawn === 1 ? headline : `${headline}, part ${drawn}`;
    const slug = uniqueSlug(slugify(title), slugs);
    slugs.add(slug);
    const shortCode = generateShortCode(codes, (n) => Math.floor(random() * n));
    codes.add(shortCode);
    const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + (i % 3)))];
    const article: GeneratedArticle = {
      slug,
      title,
      section: SECTIONS[i % SECTIONS.length]!.id,
      author: AUTHORS[(i * 5 + Math.floor(i / 7)) % AUTHORS.length]!.id,
      shortCode,
      publishedAt: new Date(newest - i * ONE_DAY_MS).toISOString().slice(0, 10),
      tags,
      ...(i % 3 === 1 && options.heroes !== false ? { hero: `${slug}.jpg` } : {}),
    };
    if (article.hero) await writeFile(join(contentDir, 'articles', article.hero), await nextHero());
    const { source, quote } = articleSource({ ...article, withPullQuote: i % 3 === 0, random });
    await writeFile(join(contentDir, 'articles', `${slug}.mdx`), source);
    if (quote) quotes.push([quoteCode(shortCode, 1), typographic(quote)]);
    written.push(article);
  }
  // As if every article had been published before: their codes and their quotes' are in the registry, so CI builds accept them.
  const registryFile = join(contentDir, 'short-links.json');
  const registry: ShortLinkRegistry = JSON.parse(await readFile(registryFile, 'utf8').catch(() => '{}'));
  for (const article of written) registry[article.shortCode] = article.slug;
  for (const [code, words] of quotes) registry[code] = words;
  await writeFile(registryFile, formatRegistry(registry));
  return written;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'no-heroes': { type: 'boolean', default: false } } });
  const [dir, count = '30', seed = '1'] = positionals;
  if (!dir) {
    console.error('Usage: node scripts/benchmarks/generate-articles.ts <content-dir> [count] [seed] [--no-heroes]');
    process.exit(2);
  }
  const written = await generateArticles(resolve(dir), Number(count), { seed: Number(seed), heroes: !values['no-heroes'] });
  console.log(`Wrote ${written.length} articles to ${resolve(dir)}.`);
}
