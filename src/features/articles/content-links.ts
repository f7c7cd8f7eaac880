/**
 * Nothing under the content folder is read through a link that leaves it.
 * An article, a picture, a portrait or a page may be a symbolic link (a
 * checkout can hold them), and a link to a file elsewhere on the build
 * machine would publish that file: a key, a private photo. Every link is
 * followed before Astro loads the content, and one that resolves outside
 * the content folder, or to nothing, stops the build naming the link.
 * Links that stay inside are fine, and so is a content folder that is
 * itself a link: what lies below it is checked.
 */
import { readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { type ContentProblem, describeProblem } from '../../lib/content-error.ts';

/** Whether `path` is `dir` or lies below it (both absolute and resolved). */
function isWithin(dir: string, path: string): boolean {
  const below = relative(dir, path);
  return below === '' || (!below.startsWith(`..${sep}`) && below !== '..' && !below.startsWith(sep));
}

/** Every symbolic link below `contentDir` that leads outside it or nowhere, as a problem of the link's file (named as `shownAs/…`). */
export async function escapingLinks(contentDir: string, shownAs = contentDir): Promise<ContentProblem[]> {
  const root = await realpath(contentDir).catch(() => undefined);
  if (root === undefined) return [];
  const problems: ContentProblem[] = [];
  // Links are not followed by the walk itself: a linked folder is checked as one link.
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of names) {
    if (!entry.isSymbolicLink()) continue;
    const link = join(entry.parentPath, entry.name);
    const file = join(shownAs, relative(root, link)).split(sep).join('/');
    const target = await realpath(link).catch(() => undefined);
    if (target === undefined) problems.push({ file, field: '(file)', problem: 'is a link that leads to no file' });
    else if (!isWithin(root, target)) {
      problems.push({ file, field: '(file)', problem: 'is a link to a file outside the content folder; put the file itself in the content folder' });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/** Stops the build, before the content loads, at any link that leaves the content folder. */
export function contentLinks(contentDir: string): AstroIntegration {
  return {
    name: 'longread:content-links',
    hooks: {
      'astro:config:done': async () => {
        const problems = await escapingLinks(contentDir);
        if (problems.length > 0) throw new Error(`Content that reaches outside the content folder:\n${problems.map(describeProblem).join('\n')}`);
      },
    },
  };
}
