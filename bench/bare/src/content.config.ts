import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The same article files the site reads, taken as they are: no schema, no references. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${process.env.LONGREAD_CONTENT_DIR ?? '../../content'}/articles` }),
});

export const collections = { articles };
