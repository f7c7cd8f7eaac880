/**
 * The articles collection's loader. Article files are MDX, but a body is
 * words and a few presentational components, never code, so it is not
 * compiled into the build as a module: each body is rendered to HTML when
 * content syncs (src/features/article-body/render-body.ts), in worker threads on every
 * core, and kept in the body cache by a key made of the file's contents
 * and the renderer's fingerprint. A build renders only the bodies whose
 * key is new; a page reads its body from the cache when it is built
 * (docs/decisions/0015-bodies-render-when-content-syncs.md).
 *
 * Entries are what Astro's glob loader would make of the same files: the
 * same ids, frontmatter parsing, schema and `filePath`; the schema's
 * `body` field carries what pages need to know of the body.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug as githubSlug } from 'github-slugger';
import { type ArticleSource, splitArticleSource } from '../article-body/article-source';
import { impossibleDates } from './calendar-date';
import { forEachConcurrently } from '../../lib/concurrently';
import { describeProblem } from '../../lib/content-error';
import type { RenderedBody } from '../article-body/render-body';
import { DEFAULT_LANGUAGE } from '../../lib/i18n';
import { pictureFileProblem } from '../pictures/picture-checks';
import { readPicture } from '../pictures/picture-check-integration';
import { bodyCacheDir, bodyCacheFile, bodyFactsFile } from '../article-body/body-cache';
import { WorkerPool } from '../../lib/worker-pool';
import type { BodyAnswer, BodyJob } from '../article-body/body-worker';
import { pipelineFingerprint } from '../article-body/pipeline-fingerprint';

/** What pages know of a body without reading it: the schema's `body` field. */
type BodyFacts = Omit<RenderedBody, 'html'>;

const RENDERER = fileURLToPath(new URL('../article-body/render-body.ts', import.meta.url));
const BODY_WORKER = fileURLToPath(new URL('../article-body/body-worker.ts', import.meta.url));

/** How often a long sync says how far it is. */
const PROGRESS_INTERVAL_MS = 10_000;

/** An article file to store: its entry id, cache key, path relative to the project root (as entries record it) and frontmatter. */
interface ArticleFile {
  id: string;
  key: string;
  filePath: string;
  source: ArticleSource;
}

/** The entry id of an article file: its path below the collection without extension, each segment a slug, as Astro's glob loader makes it. */
export function articleId(relativePath: string): string {
  return relativePath
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** Article files read at once: enough to keep every worker busy, few enough that an archive is never all in memory. */
const FILES_IN_FLIGHT = 32;

export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'longread-articles',
    load: async (context: LoaderContext) => {
      const { store, logger, watcher, config, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, base);
      const fingerprint = pipelineFingerprint(RENDERER, root);
      await mkdir(bodyCacheDir, { recursive: true });

      /** Validates an entry's frontmatter with what its body told, and stores it; returns a problem, if any. */
      async function storeEntry(entry: ArticleFile, facts: BodyFacts): Promise<string | undefined> {
        const { id, key, filePath, source } = entry;
        const { data } = source;
        if ('body' in data) return describeProblem({ file: filePath, field: 'body', problem: "is set by the site from the article's text; remove it from the frontmatter" });
        // YAML reads 2025-02-30 as 2 March: only the text as written shows the mistake.
        const [impossible] = impossibleDates(source.frontmatter, ['publishedAt', 'updatedAt']);
        if (impossible) return describeProblem({ file: filePath, field: impossible.field, problem: `${impossible.value} is not a date in the calendar` });
        // Astro would stop at a missing picture without naming the article or the line.
        for (const picture of facts.pictures) {
          const problem = pictureFileProblem(picture.src, filePath, await readPicture(resolve(root, dirname(filePath), picture.src)));
          if (problem) return `${filePath}:${picture.line}: field "body": ${problem}`;
        }
        try {
          const parsed = await parseData({ id, data: { ...data, body: facts }, filePath: resolve(root, filePath) });
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
      async function sync(paths: readonly string[]): Promise<{ rendered: number; reused: number; keys: Set<string> }> {
        const cached = new Set(await readdir(bodyCacheDir));
        const keys = new Set<string>();
        const problems: string[] = [];
        const pool = new WorkerPool<BodyJob, BodyAnswer>(BODY_WORKER, availableParallelism());
        let rendered = 0;
        let reused = 0;
        let seen = 0;
        const progress = setInterval(() => logger.info(`Article bodies: ${seen} of ${paths.length} read, ${rendered} rendered`), PROGRESS_INTERVAL_MS);
        try {
          await forEachConcurrently(paths, FILES_IN_FLIGHT, async (path) => {
            const filePath = relative(root, path).split(sep).join('/');
            const id = articleId(relative(baseDir, path).split(sep).join('/'));
            const source = await readFile(path, 'utf8');
            const key = generateDigest(`${fingerprint}\0${source}`);
            keys.add(key);
            seen++;
            if (cached.has(`${key}.html`) && cached.has(`${key}.json`)) {
              reused++;
              if (store.get(id)?.digest === key) return;
              const facts = JSON.parse(await readFile(bodyFactsFile(key), 'utf8')) as BodyFacts;
              const problem = await storeEntry({ id, key, filePath, source: splitArticleSource(source) }, facts);
              if (problem) problems.push(problem);
              return;
            }
            const split = splitArticleSource(source);
            const { lang } = split.data;
            const answer = await pool
              .run({ source, file: filePath, lang: typeof lang === 'string' ? lang : DEFAULT_LANGUAGE })
              .catch((error: unknown): BodyAnswer => ({ error: `${filePath}: the body could not be rendered (${error instanceof Error ? error.message : String(error)})` }));
            if (!answer.rendered) {
              problems.push(answer.error ?? `${filePath}: the body could not be rendered`);
              return;
            }
            const { html, ...facts } = answer.rendered;
            await Promise.all([writeFile(bodyCacheFile(key), html), writeFile(bodyFactsFile(key), JSON.stringify(facts))]);
            const problem = await storeEntry({ id, key, filePath, source: split }, facts);
            if (problem) problems.push(problem);
            rendered++;
          });
        } finally {
          clearInterval(progress);
          await pool.close();
        }
        if (problems.length > 0) {
          throw new Error(`${problems.length === 1 ? 'An article' : `${problems.length} articles`} cannot be published:\n${problems.sort().join('\n')}`);
        }
        return { rendered, reused, keys };
      }

      const files = (await readdir(baseDir, { recursive: true }).catch(() => []))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => join(baseDir, name));
      const liveIds = new Set(files.map((path) => articleId(relative(baseDir, path).split(sep).join('/'))));
      for (const id of store.keys()) if (!liveIds.has(id)) store.delete(id);
      const { rendered, reused, keys } = await sync(files);
      logger.info(`Article bodies: ${rendered} rendered, ${reused} reused from the cache.`);
      // What no article uses any more: an old version of an edited body, a body of a deleted article.
      await Promise.all(
        (await readdir(bodyCacheDir)).filter((name) => !keys.has(name.replace(/\.(html|json)$/, ''))).map((name) => rm(join(bodyCacheDir, name), { force: true })),
      );

      if (!watcher) return;
      // `astro dev`: an edited, added or deleted article updates its entry alone.
      watcher.add(baseDir);
      const isArticle = (path: string) => path.startsWith(baseDir + sep) && path.endsWith('.mdx');
      const update = async (path: string) => {
        if (!isArticle(path) || !existsSync(path)) return;
        try {
          await sync([path]);
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.on('change', update);
      watcher.on('add', update);
      watcher.on('unlink', (path) => {
        if (isArticle(path)) store.delete(articleId(relative(baseDir, path).split(sep).join('/')));
      });
    },
  };
}
