/**
 * The articles collection's loader. Article files are MDX, but a body is
 * words and a few presentational components, never code, so it is not
 * compiled into the build as a module: each body is rendered to HTML when
 * content syncs (src/features/article-body/body-renderer.ts), and a page
 * reads its body from the body cache when it is built (decision 15).
 *
 * Entries are what Astro's glob loader would make of the same files: the
 * same ids, frontmatter parsing, schema and `filePath`; the schema's
 * `body` field carries what pages need to know of the body. Once the
 * entries are stored, their short codes are checked against the registry.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { forEachConcurrently } from '../../lib/concurrently.ts';
import { DEFAULT_LANGUAGE } from '../../lib/i18n.ts';
import { reportProgress } from '../../lib/progress.ts';
import { type ArticleSource, splitArticleSource } from '../article-body/article-source.ts';
import { type BodyFacts, BodyRenderer } from '../article-body/body-renderer.ts';
import { type RegisteredArticle, checkShortLinks } from '../short-links/registry-file.ts';
import { articleFiles, articleId, pathBelow } from './article-files.ts';
import { controlCharacterProblem } from './control-characters.ts';
import { entryProblem } from './entry-checks.ts';

/** Article files read at once: enough to keep every worker busy, few enough that an archive is never all in memory. */
const FILES_IN_FLIGHT = 32;

/** How many bodies a sync rendered, how many it found in the cache, and the cache keys of every file it read. */
interface SyncResult {
  rendered: number;
  reused: number;
  keys: Set<string>;
}

export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'longread-articles',
    load: async (context: LoaderContext) => {
      const { store, logger, watcher, config, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, base);

      /** Validates an entry's frontmatter with what its body told, and stores it; returns a problem, if any. */
      async function storeEntry(id: string, key: string, filePath: string, split: ArticleSource, facts: BodyFacts): Promise<string | undefined> {
        const problem = await entryProblem(root, filePath, split, facts);
        if (problem) return problem;
        try {
          const parsed = await parseData({ id, data: { ...split.data, body: facts }, filePath: resolve(root, filePath) });
          store.set({ id, data: parsed, digest: key, filePath });
          return undefined;
        } catch (error) {
          return `${filePath}: ${error instanceof Error ? error.message : String(error)}`;
        }
      }

      /**
       * Reads article files; keeps the entries whose key is unchanged, stores
       * again those whose body is in the cache (after a schema change Astro
       * empties its store), and renders the others on every core, as they
       * are read. Fails with every problem found, each naming its file.
       */
      async function sync(paths: readonly string[]): Promise<SyncResult> {
        const bodies = await BodyRenderer.open(root, generateDigest);
        const result: SyncResult = { rendered: 0, reused: 0, keys: new Set() };
        const problems: string[] = [];
        let seen = 0;
        const stopProgress = reportProgress(
          (line) => logger.info(line),
          () => `Article bodies: ${seen} of ${paths.length} read, ${result.rendered} rendered`,
        );
        try {
          await forEachConcurrently(paths, FILES_IN_FLIGHT, async (path) => {
            const filePath = pathBelow(root, path);
            const id = articleId(pathBelow(baseDir, path));
            const source = await readFile(path, 'utf8');
            const key = bodies.key(source);
            result.keys.add(key);
            seen++;
            // Checked before the cache: a body cached before this rule may hold one.
            const control = controlCharacterProblem(filePath, source);
            if (control) {
              problems.push(control);
              return;
            }
            if (bodies.isCached(key) && store.get(id)?.digest === key) {
              result.reused++;
              return;
            }
            const split = splitArticleSource(source);
            const { lang } = split.data;
            const body = await bodies.body(key, { source, file: filePath, lang: typeof lang === 'string' ? lang : DEFAULT_LANGUAGE });
            if ('error' in body) {
              problems.push(body.error);
              return;
            }
            const problem = await storeEntry(id, key, filePath, split, body.facts);
            if (problem) problems.push(problem);
            if (body.rendered) result.rendered++;
            else result.reused++;
          });
        } finally {
          stopProgress();
          await bodies.close();
        }
        if (problems.length > 0) {
          throw new Error(`${problems.length === 1 ? 'An article' : `${problems.length} articles`} cannot be published:\n${problems.sort().join('\n')}`);
        }
        await checkShortLinks([...store.values()] as unknown as RegisteredArticle[]);
        return result;
      }

      const files = await articleFiles(baseDir);
      const liveIds = new Set(files.map((path) => articleId(pathBelow(baseDir, path))));
      for (const id of store.keys()) if (!liveIds.has(id)) store.delete(id);
      const { rendered, reused, keys } = await sync(files);
      logger.info(`Article bodies: ${rendered} rendered, ${reused} reused from the cache.`);
      await BodyRenderer.prune(keys);
      if (watcher)
        watchArticles(
          watcher,
          root,
          baseDir,
          sync,
          (id) => store.delete(id),
          (line) => logger.info(line),
          (line) => logger.error(line),
        );
    },
  };
}

/** `astro dev`: an edited, added or deleted article updates its entry alone. */
function watchArticles(
  watcher: NonNullable<LoaderContext['watcher']>,
  root: string,
  baseDir: string,
  sync: (paths: readonly string[]) => Promise<SyncResult>,
  deleteEntry: (id: string) => void,
  info: (line: string) => void,
  error: (line: string) => void,
): void {
  watcher.add(baseDir);
  const isArticle = (path: string) => path.startsWith(baseDir + sep) && path.endsWith('.mdx');
  const update = async (path: string) => {
    if (!isArticle(path) || !existsSync(path)) return;
    try {
      await sync([path]);
      info(`Reloaded ${pathBelow(root, path)}`);
    } catch (problem) {
      error(problem instanceof Error ? problem.message : String(problem));
    }
  };
  watcher.on('change', update);
  watcher.on('add', update);
  watcher.on('unlink', (path) => {
    if (isArticle(path)) deleteEntry(articleId(pathBelow(baseDir, path)));
  });
}
