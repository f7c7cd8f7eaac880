import { readFile, readdir } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { describeProblem } from '../../lib/content-error.ts';
import { pictureProblems } from './picture-checks.ts';
import { readPicture } from './picture-file.ts';

/** A content folder's files with one of `extensions`, by path below `contentDir`, with forward slashes. */
async function filesBelow(contentDir: string, folder: string, extensions: string[]): Promise<Record<string, string>> {
  const names = await readdir(join(contentDir, folder), { recursive: true }).catch(() => []);
  const files = names.filter((name) => extensions.includes(extname(name))).sort();
  // A few at a time: an archive has more files than a process may hold open.
  const read: [string, string][] = [];
  for (let start = 0; start < files.length; start += 64) {
    const batch = files.slice(start, start + 64);
    read.push(
      ...(await Promise.all(
        batch.map(async (name): Promise<[string, string]> => [
          `${folder}/${name.split(sep).join('/')}`,
          await readFile(join(contentDir, folder, name), 'utf8'),
        ]),
      )),
    );
  }
  return Object.fromEntries(read);
}

/**
 * Checks every hero and portrait the content names before Astro loads the
 * content, and stops the build with one line per problem, naming file and
 * field (picture-checks.ts).
 */
export function pictureChecks(contentDir: string): AstroIntegration {
  return {
    name: 'longread:picture-checks',
    hooks: {
      'astro:config:done': async () => {
        const [articles, authors] = await Promise.all([
          filesBelow(contentDir, 'articles', ['.mdx']),
          filesBelow(contentDir, 'authors', ['.yaml', '.yml', '.json']),
        ]);
        const problems = await pictureProblems({ articles, authors }, (path) => readPicture(join(contentDir, path)));
        if (problems.length > 0) throw new Error(`Pictures that cannot be published:\n${problems.map(describeProblem).join('\n')}`);
      },
    },
  };
}
