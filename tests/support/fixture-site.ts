import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type GeneratedArticle, generateArticles } from '../../scripts/benchmarks/generate-articles.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
/**
 * What a build reads from the project; everything else it writes stays in
 * the temporary root. Sources are copied, not linked: Vite resolves links
 * to their real path, outside the root, and would leave out the stylesheet.
 */
const COPIED = ['astro.config.ts', 'src', 'public', 'tsconfig.json', 'package.json', 'scripts'];
const LINKED = ['node_modules'];

/** A throwaway copy of the site with its own content, output and caches. */
export interface FixtureSite {
  root: string;
  contentDir: string;
  distDir: string;
  /** The generated articles, newest first (none unless asked for). */
  generated: GeneratedArticle[];
  /** Runs the project's build there; resolves with its exit code and everything it printed. */
  build(env?: Record<string, string>): Promise<{ status: number; output: string }>;
  remove(): Promise<void>;
}

/**
 * Makes a fixture site whose content is `tests/fixtures/content/base` plus
 * the given copies (`from` relative to `tests/fixtures/content`, `to`
 * relative to the new content folder), plus `generated` articles written
 * by scripts/benchmarks/generate-articles.ts.
 */
export async function fixtureSite(
  extra: { from: string; to: string }[] = [],
  { generated = 0, heroes = true }: { generated?: number; /** Whether one generated article in three has a hero photo. */ heroes?: boolean } = {},
): Promise<FixtureSite> {
  const root = await mkdtemp(join(tmpdir(), 'longread-fixture-'));
  await Promise.all([
    ...COPIED.map((name) => cp(join(projectRoot, name), join(root, name), { recursive: true })),
    ...LINKED.map((name) => symlink(join(projectRoot, name), join(root, name))),
  ]);
  const contentDir = join(root, 'content');
  const fixtures = join(projectRoot, 'tests/fixtures/content');
  await cp(join(fixtures, 'base'), contentDir, { recursive: true });
  for (const { from, to } of extra) {
    await cp(join(fixtures, from), join(contentDir, to), { recursive: true });
  }
  const distDir = join(root, 'dist');
  const articles = generated > 0 ? await generateArticles(contentDir, generated, { heroes }) : [];

  return {
    root,
    contentDir,
    distDir,
    generated: articles,
    build(env = {}) {
      return new Promise((done, fail) => {
        const child = spawn(process.execPath, ['scripts/build/build.ts'], {
          cwd: root,
          env: {
            ...process.env,
            LONGREAD_CONTENT_DIR: contentDir,
            LONGREAD_OUT_DIR: distDir,
            LONGREAD_CACHE_DIR: join(root, '.cache'),
            NO_COLOR: '1',
            FORCE_COLOR: '0',
            ...env,
          },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk));
        child.on('error', fail);
        child.on('close', (status) => done({ status: status ?? 1, output }));
      });
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
