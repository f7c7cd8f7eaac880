import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/**
 * A publication adds and edits articles every day: a build with the caches
 * of the last one renders the bodies that changed, and only those, and
 * indexes for search only the shards whose articles changed. Counted from
 * what the build prints, never timed.
 */
const GENERATED = 12;
/** Articles per search shard here, so the thirteen make four shards. */
const SHARD_SIZE = 4;

/** The counts the article loader prints: `Article bodies: R rendered, C reused from the cache.` */
function bodyCounts(output: string): { rendered: number; reused: number } {
  const match = /Article bodies: (\d+) rendered, (\d+) reused from the cache\./.exec(output);
  if (!match) throw new Error(`no body counts in the build's output:\n${output}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

/** The counts the search indexer prints: `(I indexed, C from the cache)`. */
function shardCounts(output: string): { indexed: number; cached: number } {
  const match = /Search: indexed \d+ pages? in \d+ shards? \((\d+) indexed, (\d+) from the cache\)\./.exec(output);
  if (!match) throw new Error(`no shard counts in the build's output:\n${output}`);
  return { indexed: Number(match[1]), cached: Number(match[2]) };
}

describe('a build with the caches of the last one', () => {
  let site: FixtureSite;
  let total: number;
  const builds: { status: number; output: string }[] = [];

  /** Builds the site and keeps what it printed. */
  async function build() {
    const result = await site.build({ CI: '', LONGREAD_SEARCH_SHARD_SIZE: String(SHARD_SIZE) });
    builds.push(result);
    if (result.status !== 0) throw new Error(result.output);
    return result;
  }

  beforeAll(async () => {
    // Words alone: what is cached here is bodies and search shards; pictures have tests of their own.
    site = await fixtureSite([], { generated: GENERATED, heroes: false });
    total = GENERATED + 1; // and the base content's one article
  });

  afterAll(() => site.remove());

  it('renders every body the first time, and indexes every shard', async () => {
    const { output } = await build();
    expect(bodyCounts(output)).toEqual({ rendered: total, reused: 0 });
    expect(shardCounts(output)).toEqual({ indexed: 4, cached: 0 });
  });

  it('renders none and indexes none when nothing changed', async () => {
    const { output } = await build();
    expect(bodyCounts(output)).toEqual({ rendered: 0, reused: total });
    expect(shardCounts(output)).toEqual({ indexed: 0, cached: 4 });
  });

  it('renders only the edited article, which shows its new words', async () => {
    const [edited] = site.generated;
    const file = join(site.contentDir, 'articles', `${edited!.slug}.mdx`);
    await appendFile(file, '\nA paragraph the desk added after publication.\n');
    const { output } = await build();
    expect(bodyCounts(output)).toEqual({ rendered: 1, reused: total - 1 });
    expect(shardCounts(output)).toEqual({ indexed: 1, cached: 3 });
    const page = await readFile(join(site.distDir, edited!.section, edited!.slug, 'index.html'), 'utf8');
    expect(page).toContain('<p>A paragraph the desk added after publication.</p>');
    // The build it replaced stays beside it until the next build; the one before that is gone.
    const replaced = await readFile(join(`${site.distDir}.previous`, edited!.section, edited!.slug, 'index.html'), 'utf8');
    expect(replaced).not.toContain('A paragraph the desk added after publication.');
    expect(existsSync(`${site.distDir}.discarded`)).toBe(false);
  });

  it('renders only a new article, and indexes only the newest shard though onward lists changed in others', async () => {
    const [newest] = site.generated;
    const created = spawnSync(
      process.execPath,
      ['scripts/authoring/new-article.ts', 'A new article for the archive', '--author', newest!.author, '--section', newest!.section],
      {
        cwd: site.root,
        env: { ...process.env, LONGREAD_CONTENT_DIR: site.contentDir },
        encoding: 'utf8',
      },
    );
    const file = /Created (\S+\.mdx)/.exec(created.stdout)?.[1];
    if (!file) throw new Error(`npm run new created nothing:\n${created.stdout}${created.stderr}`);
    const path = resolve(site.root, file);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/^draft: true.*\n/m, ''));
    const before = await readFile(join(site.distDir, newest!.section, newest!.slug, 'index.html'), 'utf8');
    const { output } = await build();
    total += 1;
    expect(bodyCounts(output)).toEqual({ rendered: 1, reused: total - 1 });
    // The newest article before it now lists it among its onward reading, in a shard that stays cached.
    const after = await readFile(join(site.distDir, newest!.section, newest!.slug, 'index.html'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('A new article for the archive');
    expect(shardCounts(output)).toEqual({ indexed: 1, cached: 3 });
  });

  it('renders every body again when a body component changes', async () => {
    const component = join(site.root, 'src/features/article-body/pull-quote.ts');
    await writeFile(component, (await readFile(component, 'utf8')).replace("ariaHidden: 'true' }", "ariaHidden: 'true', dataChanged: '' }"));
    expect(bodyCounts((await build()).output)).toEqual({ rendered: total, reused: 0 });
  });

  it('renders every body again when a plugin setting changes', async () => {
    const renderer = join(site.root, 'src/features/article-body/render-body.ts');
    const source = await readFile(renderer, 'utf8');
    const changed = source.replace('.use(remarkSmartypantsOnTypewriterBlocks)', ".use(remarkSmartypantsOnTypewriterBlocks, { dashes: 'oldschool' })");
    expect(changed).not.toBe(source);
    await writeFile(renderer, changed);
    const { output } = await build();
    expect(bodyCounts(output)).toEqual({ rendered: total, reused: 0 });
  });

  it('prints no warning for any article', () => {
    for (const { output } of builds) expect(output).not.toMatch(/\bwarn|MODULE_LEVEL_DIRECTIVE/i);
  });
});
