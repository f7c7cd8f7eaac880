import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE } from './lib/i18n.ts';
import { HANDLE_PATTERNS } from './features/articles/profiles.ts';
import { OLD_PATH_PATTERN } from './features/short-links/redirects.ts';
import { isWebAddress } from './features/articles/web-address.ts';
import { SHORT_CODE_ALPHABET, isShortCode } from './features/short-links/short-code.ts';
import { articleLoader } from './features/articles/loader.ts';
import { CONTROL_CHARACTER_MESSAGE, hasNoControlCharacter } from './features/articles/control-characters.ts';
import { buildPaths } from './settings.ts';

/**
 * Words live in `content/` at the top of the repository; a build can be
 * pointed at another tree (fixtures, benchmarks) with `LONGREAD_CONTENT_DIR`.
 */
const { contentDir } = buildPaths;

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${contentDir}/authors` }),
  schema: ({ image }) =>
    z.object({
      /** Full name as printed in the byline. */
      name: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE),
      /** A few sentences about the author, shown under their articles. */
      bio: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE),
      /** X (Twitter) handle with the leading `@`. */
      x: z.string().regex(HANDLE_PATTERNS.x, 'must be an X handle such as @name').optional(),
      /** Mastodon (fediverse) handle, `@name@server`; credited under the article's previews on Mastodon. */
      mastodon: z.string().regex(HANDLE_PATTERNS.mastodon, 'must be a Mastodon handle such as @name@mastodon.social').optional(),
      /** Bluesky handle with the leading `@`: `@name.bsky.social`, or the author's own domain. */
      bluesky: z.string().regex(HANDLE_PATTERNS.bluesky, 'must be a Bluesky handle such as @name.bsky.social').optional(),
      /** Threads handle with the leading `@`. */
      threads: z.string().regex(HANDLE_PATTERNS.threads, 'must be a Threads handle such as @name').optional(),
      /** The author's own website. */
      url: z.string().refine(isWebAddress, 'must be a web address such as https://example.org/ (http or https)').optional(),
      /** Portrait: an image file relative to the author's file, shown small beside the bio and given to search engines. */
      avatar: image().optional(),
    }),
});

const sections = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${contentDir}/sections` }),
  schema: z.object({
    /** Section name as shown to readers, e.g. "Opinion". */
    name: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE),
    /** One line describing the section, for its page and feed. */
    description: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE),
    /** Printed under every article of the section; `{publication}` and `{publication's}` stand for the publication's name. */
    disclaimer: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE).optional(),
    /** Place in the masthead and footer, lowest first; sections without one follow, by name. */
    order: z.number().int().optional(),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/pages` }),
  schema: z.object({
    /** Heading and title of the page, e.g. "About us". */
    title: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE),
    /** One line for search results and link previews. */
    description: z.string().trim().min(1).refine(hasNoControlCharacter, CONTROL_CHARACTER_MESSAGE),
  }),
});

const articles = defineCollection({
  // Bodies are rendered to HTML when content syncs, never compiled (src/features/articles/loader.ts).
  loader: articleLoader({ base: `${contentDir}/articles` }),
  schema: ({ image }) =>
    z.object({
      /** Headline; at most 140 characters, so it fits a search result, a share card and a phone screen. */
      title: z.string().trim().min(1, 'the title must not be empty').max(140, 'the title must be at most 140 characters; put the rest in the description'),
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
      redirectFrom: z.array(z.string().regex(OLD_PATH_PATTERN, 'must be a site path such as /opinion/old-slug/')).default([]),
      /** Topics, shown on the page and used for tag pages. */
      tags: z.array(z.string().trim().min(1)).default([]),
      /** Lead picture, shown with the headline and in link previews. */
      hero: z
        .object({
          /** Image file, relative to the article; at least 1,200 px wide (checked with the file itself by src/features/pictures/picture-check-integration.ts). */
          src: image(),
          /** What the picture shows, for people who cannot see it; not a repeat of the caption. */
          alt: z.string({ error: 'the hero image needs alt text' }).trim().min(1, 'the hero image needs alt text'),
          /** What the picture shows and why it matters, printed under it. */
          caption: z.string().trim().min(1).optional(),
          /** Who made the picture, printed as written, e.g. "Photo: AFP". */
          credit: z.string().trim().min(1).optional(),
        })
        .refine((hero) => hero.caption === undefined || hero.alt !== hero.caption, {
          message: 'the alt text repeats the caption: screen readers would read it twice; describe the picture instead',
          path: ['alt'],
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
        /** Whether the body has a table or a block of code: their scrolling boxes' stylesheet is inlined only then. */
        scrollBoxes: z.boolean(),
        /** The body's headings with their ids, for a contents list. */
        headings: z.array(z.object({ depth: z.number().int(), slug: z.string(), text: z.string() })),
        /** Author ids the body credits (pull quotes); their names are filled in when the page is built. */
        authors: z.array(z.string()),
        /** The body's pictures (figures, Markdown images), made responsive on the page like the hero. */
        pictures: z.array(
          z.object({
            /** The picture file, relative to the article. */
            src: image(),
            /** What the picture shows. */
            alt: z.string(),
            /** What it is about, under a figure. */
            caption: z.string().optional(),
            /** Printed after the caption as written. */
            credit: z.string().optional(),
            /** Wider than the text column. */
            wide: z.boolean(),
            /** A figure of its own, with its caption, or a picture within the text. */
            figure: z.boolean(),
            /** The line of the file it is written on. */
            line: z.number().int(),
          }),
        ),
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
      /** Corrections made after publication, each with its date; the newest is also shown at the top. */
      corrections: z
        .array(
          z.object({
            /** Day the correction was made (YYYY-MM-DD). */
            date: z.coerce.date({ error: 'must be a date such as 2025-10-22' }),
            /** What was wrong and what is right now, in a sentence or two. */
            text: z.string().trim().min(1, 'say what was corrected'),
          }),
        )
        .default([]),
      /** Where a syndicated article first appeared; its canonical URL is that one unless a setting says otherwise. */
      originallyPublished: z
        .object({
          /** Name of the publication, e.g. "The Daily Star". */
          name: z.string().trim().min(1),
          /** Absolute address of the original. */
          url: z.string().refine(isWebAddress, 'must be an absolute http(s) address such as https://example.org/story'),
          /** Day it appeared there (YYYY-MM-DD). */
          date: z.coerce.date({ error: 'must be a date such as 2025-10-20' }),
        })
        .optional(),
      /** Id (file name) of the article this one translates; the two link to each other. */
      translationOf: z.string().trim().min(1).optional(),
    }),
});

export const collections = { articles, authors, sections, pages };
