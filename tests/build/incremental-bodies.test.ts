import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site';

/**
 * A publication adds and edits articles every day: a build with the caches
 * of the last one renders the bodies that changed, and only those. Counted
 * from what the build prints, never timed.
 */
const GENERATED = 12;

/** The counts the article loader prints: `Article bodies: R rendered, C reused from the cache.` */
function bodyCounts(output: string): { rendered: number; reused: number } {
  const match = /Article bodies: (\d+) rendered, (\d+) reused from the cache\./.exec(output);
  if (!match) throw new Error(`no body counts in the build's output:\n${output}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

describe('a build with the caches of the last one', () => {
  let site: FixtureSite;
  let total: number;
  const builds: { status: number; output: string }[] = [];

  /** Builds the site and keeps what it printed. */
  async function build() {
    const result = await site.build({ CI: '' });
    builds.push(result);
    if (result.status !== 0) throw new Error(result.output);
    return result;
  }

  beforeAll(async () => {
    site = await fixtureSite([], { generated: GENERATED });
    total = GENERATED + 1; // and the base content's one article
  });

  afterAll(() => site.remove());

  it('renders every body the first time', async () => {
    expect(bodyCounts((await build()).output)).toEqual({ rendered: total, reused: 0 });
  });

  it('renders none when nothing changed', async () => {
    expect(bodyCounts((await build()).output)).toEqual({ rendered: 0, reused: total });
  });

  it('renders only the edited article, which shows its new words', async () => {
    const [edited] = site.generated;
    const file = join(site.contentDir, 'articles', `${edited!.slug}.mdx`);
    await appendFile(file, '\nA paragraph the desk added after publication.\n');
    expect(bodyCounts((await build()).output)).toEqual({ rendered: 1, reused: total - 1 });
    const page = await readFile(join(site.distDir, edited!.section, edited!.slug, 'index.html'), 'utf8');
    expect(page).toContain('<p>A paragraph the desk added after publication.</p>');
  });

  it('renders every body again when a body component changes', async () => {
    const component = join(site.root, 'src/lib/body/pull-quote.ts');
    await writeFile(component, (await readFile(component, 'utf8')).replace("ariaHidden: 'true' }", "ariaHidden: 'true', dataChanged: '' }"));
    expect(bodyCounts((await build()).output)).toEqual({ rendered: total, reused: 0 });
  });

  it('renders every body again when a plugin setting changes', async () => {
    const renderer = join(site.root, 'src/lib/body/render-body.ts');
    await writeFile(renderer, (await readFile(renderer, 'utf8')).replace('.use(remarkSmartypants)', ".use(remarkSmartypants, { dashes: 'oldschool' })"));
    const { output } = await build();
    expect(bodyCounts(output)).toEqual({ rendered: total, reused: 0 });
  });

  it('prints no warning for any article', () => {
    for (const { output } of builds) expect(output).not.toMatch(/\bwarn|MODULE_LEVEL_DIRECTIVE/i);
  });
});
