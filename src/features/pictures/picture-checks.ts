/**
 * What is wrong with the pictures a content tree names (heroes, authors'
 * portraits), each as file, field and problem. The build checks them
 * before Astro loads the content (src/features/pictures/picture-check-integration.ts),
 * which would otherwise stop at the first bad file with a message that
 * names neither the article nor the field.
 */
import { posix } from 'node:path';
import type { ContentProblem } from '../../lib/content-error.ts';
import { climbsOut } from '../articles/content-rules.ts';
import { frontmatterOf, heroSource, parseRecord, text } from '../articles/frontmatter.ts';
import { HERO_MIN_WIDTH } from './picture-widths.ts';

/** What a picture file turned out to be: missing, not a picture, or a picture of a format and width. */
export type PictureFile = 'missing' | 'unreadable' | { format: string; width: number };

/** Formats of photographs and raster pictures, which can be made smaller and cropped. */
const RASTER_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'heif'];

/** Content files by path below the content folder, with forward slashes (`articles/x.mdx`, `authors/y.yaml`). */
export interface PictureSources {
  articles: Record<string, string>;
  authors: Record<string, string>;
}

interface PictureUse {
  file: string;
  field: string;
  /** As written. */
  src: string;
  /** Below the content folder. */
  path: string;
  minWidth: number;
}

function pictureUses(sources: PictureSources): PictureUse[] {
  const use = (file: string, field: string, src: string | undefined, minWidth: number): PictureUse[] =>
    src ? [{ file, field, src, path: posix.join(posix.dirname(file), src), minWidth }] : [];
  return [
    ...Object.entries(sources.articles).flatMap(([file, source]) => {
      // Most articles have no hero: their frontmatter is not parsed at all.
      const frontmatter = /^hero\s*:/m.test(source) ? frontmatterOf(source) : undefined;
      return frontmatter ? use(file, 'hero.src', heroSource(frontmatter), HERO_MIN_WIDTH) : [];
    }),
    ...Object.entries(sources.authors).flatMap(([file, source]) => use(file, 'avatar', text(parseRecord(source), 'avatar'), 0)),
  ];
}

/** What is wrong with a picture file, named `src` beside `file`, that must be `minWidth` wide; nothing if it is fine. */
export function pictureFileProblem(src: string, file: string, picture: PictureFile, minWidth = 0): string | undefined {
  if (picture === 'missing')
    return `${src} does not exist: the picture must be a file next to ${posix.basename(file)} (looked for ${posix.join(posix.dirname(file), src)})`;
  if (picture === 'unreadable' || !RASTER_FORMATS.includes(picture.format)) {
    return `${src} is not a picture the site can show: use a JPEG, PNG, WebP or AVIF file`;
  }
  if (picture.width < minWidth) {
    return `${src} is ${picture.width} px wide; a hero must be at least ${minWidth.toLocaleString('en-US')} px wide, for sharp screens and link previews`;
  }
  return undefined;
}

/** One picture's problem, if it has one. */
function problemOf(use: PictureUse, picture: PictureFile): string | undefined {
  return pictureFileProblem(use.src, use.file, picture, use.minWidth);
}

/**
 * Every problem with the pictures `sources` name, in file order. `read`
 * tells what the file at a path below the content folder is; addresses on
 * other sites are refused without asking, since the site fetches nothing
 * from another origin.
 */
export async function pictureProblems(sources: PictureSources, read: (path: string) => Promise<PictureFile>): Promise<ContentProblem[]> {
  const problems = await Promise.all(
    pictureUses(sources).map(async (use): Promise<ContentProblem | undefined> => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(use.src)) {
        return { file: use.file, field: use.field, problem: `${use.src} is an address; the picture must be a file next to ${posix.basename(use.file)}` };
      }
      if (climbsOut(use.src)) {
        return {
          file: use.file,
          field: use.field,
          problem: `${use.src} is outside the folder of ${posix.basename(use.file)}; the picture must be a file next to it`,
        };
      }
      const problem = problemOf(use, await read(use.path));
      return problem ? { file: use.file, field: use.field, problem } : undefined;
    }),
  );
  return problems.filter((problem) => problem !== undefined);
}
