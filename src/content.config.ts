import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE } from './lib/i18n';
import { ALLOWED_URL_SCHEMES, urlScheme } from './lib/safe-url';
import { OLD_PATH_PATTERN } from './lib/redirects';
import { SHORT_CODE_ALPHABET, isShortCode } from './lib/short-code';
import { articleLoader } from './loaders/articles';
import { buildPaths } from './settings';

/**
 * Words live in `content/` at the top of the repository; a build can be
 * pointed at another tree (fixtures, benchmarks) with `LONGREAD_CONTENT_DIR`.
 */
const { contentDir } = buildPaths;

/** An absolute web URL a reader can follow: https or http, nothing that runs (`javascript:`) or embeds (`data:`). */
const webUrl = z
  .url({ error: 'must be a web address such as https://example.org/' })
  .refine((url) => ['http', 'https'].includes(urlScheme(url) ?? ''), `must be a web address (${ALLOWED_URL_SCHEMES.slice(0, 2).join(' or ')})`);

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${contentDir}/authors` }),
  schema: z.object({
    /** Full name as printed in the byline. */
    name: z.string().trim().min(1),
    /** A few sentences about the author, shown under their articles. */
    bio: z.string().trim().min(1),
    /** X (Twitter) handle with the leading `@`. */
    x: z.string().regex(/^@\w{1,15}$/, 'must be an X handle such as @name').optional(),
    /** The author's own website. */
    url: webUrl.optional(),
    /** Portrait path, relative to `public/`. */
    avatar: z.string().optional(),
  }),
});

const sections = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${contentDir}/sections` }),
  schema: z.object({
    /** Section name as shown to readers, e.g. "Opinion". */
    name: z.string().trim().min(1),
    /** One line describing the section, for its page and feed. */
    description: z.string().trim().min(1),
    /** Printed under every article of the section; `{publication}` and `{publication's}` stand for the publication's name. */
    disclaimer: z.string().trim().min(1).optional(),
  }),
});

const articles = defineCollection({
  // Bodies are rendered to HTML when content syncs, never compiled (src/loaders/articles.ts).
  loader: articleLoader({ base: `${contentDir}/articles` }),
  schema: ({ image }) =>
    z.object({
      /** Headline; at most 140 characters, so it fits a search result, a share card and a phone screen. */
      title: z
        .string()
        .trim()
        .min(1, 'the title must not be empty')
        .max(140, 'the title must be at most 140 characters; put the rest in the description'),
      /** Summary for search results and link previews; derived from the first paragraph when absent. */
      description: z.string().trim().min(1).optional(),
      /** Date of first publication (YYYY-MM-DD). */
      publishedAt: z.coerce.date({ error: 'must be a date such as 2025-10-20' }),
      /** Date of the last meaningful revision. */
      updatedAt: z.coerce.date({ error: 'must be a date such as 2025-10-20' }).optional(),
      /** Author id: a file name in `content/authors/`. */
      author: reference('authors'),
      /** Section id: a file name in `content/sections/`. */
      section: reference('sections'),
      /** Permanent short code for the short URL; never change it once published. */
      shortCode: z
        // Unquoted, a code of digits only (`23456`) or like `2e345` is a number to YAML.
        .string({ error: 'must be text: put the code in quotes, such as shortCode: "k7tq4"' })
        .refine(isShortCode, `must be 4 to 8 characters from "${SHORT_CODE_ALPHABET}"`),
      /** Site paths the article was published under before (e.g. `/opinion/old-slug/`); each redirects here forever. */
      redirectFrom: z
        .array(z.string().regex(OLD_PATH_PATTERN, 'must be a site path such as /opinion/old-slug/'))
        .default([]),
      /** Topics, shown on the page and used for tag pages. */
      tags: z.array(z.string().trim().min(1)).default([]),
      /** Lead image; `alt` describes it for people who cannot see it. */
      hero: z
        .object({
          /** Image file, relative to the article. */
          src: image(),
          /** Text alternative for the image. */
          alt: z.string().trim().min(1, 'the hero image needs alt text'),
        })
        .optional(),
      /** Drafts are built in development only. */
      draft: z.boolean().default(false),
      /** BCP 47 language of the article. */
      lang: z.string().default(DEFAULT_LANGUAGE),
      /** What rendering the body found; set by the loader from the article's text, never written in frontmatter. */
      body: z.object({
        /** Whole minutes to read the prose. */
        readingMinutes: z.number().int().positive(),
        /** The first paragraph of prose, cut to a summary: what stands in for a missing description. */
        summary: z.string(),
        /** The body's headings with their ids, for a contents list. */
        headings: z.array(z.object({ depth: z.number().int(), slug: z.string(), text: z.string() })),
        /** Author ids the body credits (pull quotes); their names are filled in when the page is built. */
        authors: z.array(z.string()),
        /** The pull quotes in order: each gets a short link, a card and share links. */
        quotes: z.array(
          z.object({
            /** The quote as plain text, with the body's typography. */
            text: z.string(),
            /** Author id it is credited to. */
            by: z.string().optional(),
            /** Free-text attribution it is credited to. */
            attribution: z.string().optional(),
          }),
        ),
      }),
    }),
});

export const collections = { articles, authors, sections };
