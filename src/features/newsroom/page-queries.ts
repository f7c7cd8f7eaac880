import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type CollectionEntry, getCollection, render } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { ContentError } from '../../lib/content-error.ts';
import { once } from '../../lib/once.ts';
import { RESERVED_SECTION_IDS, sectionPath } from '../../lib/paths.ts';
import { missingPolicies } from './policies.ts';
import { settings } from '../../settings.ts';
import { controlCharacterProblem } from '../articles/control-characters.ts';

/** A page of the publication about itself (content/pages/), rendered, at `/<id>/`. */
export interface SitePage {
  entry: CollectionEntry<'pages'>;
  path: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  headings: MarkdownHeading[];
}

/** Site path of the corrections page, which policies may point at too. */
export const CORRECTIONS_PATH = '/corrections/';

/**
 * The publication's own pages, by title. Each takes `/<id>/`, so none may
 * share an id with a section or a path the site uses; and the policy
 * pages the settings name must be among them, with the headings named.
 */
export const sitePages = once(async (): Promise<SitePage[]> => {
  const [entries, sections] = await Promise.all([getCollection('pages'), getCollection('sections')]);
  const taken = new Set([...RESERVED_SECTION_IDS, ...sections.map((section) => section.id)]);
  const pages = await Promise.all(
    entries.map(async (entry) => {
      if (taken.has(entry.id)) {
        throw new ContentError(entry.filePath ?? `pages/${entry.id}`, 'id', `/${entry.id}/ is a section's or the site's own address; rename the file`);
      }
      const file = entry.filePath ?? `pages/${entry.id}`;
      // The schema checks the fields; the text is checked here, as it is read.
      const control = controlCharacterProblem(file, await readFile(resolve(file), 'utf8'));
      if (control) throw new Error(control);
      const { Content, headings } = await render(entry);
      return { entry, path: sectionPath(entry.id), Content, headings };
    }),
  );
  const anchors = new Map([
    ...pages.map((page) => [page.path, new Set(page.headings.map((heading) => heading.slug))] as const),
    [CORRECTIONS_PATH, new Set<string>()] as const,
  ]);
  const [problem] = missingPolicies(settings.policies, anchors);
  if (problem) throw new ContentError('src/settings.ts', problem.field, problem.problem);
  return pages.sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, settings.locale));
});
