import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differences, fileHashes } from '../../scripts/checks/check-reproducible.ts';
import { newArticle } from '../../scripts/authoring/new-article.ts';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** Built outside CI (new codes are recorded), for every host but GitLab Pages, whose 64 KiB of rules hold fewer links than 300 articles have. */
const LOCAL = { CI: '', DEPLOY_HOSTS: 'netlify,cloudflare,vercel,github,nginx,apache,bucket' };

/**
 * A desk's day: an archive of 300 generated articles is built, one article
 * is written as `npm run new` scaffolds it (draft line deleted, two tags
 * and a paragraph added) and built again. What changed in `dist/` is
 * listed; an older article is then edited and built again, and the result
 * is compared with a cold build of the same content.
 */
describe('publishing one article into an archive', () => {
  let site: FixtureSite;
  let cold: FixtureSite;
  let changed: string[];
  let before: Map<string, string>;
  let after: Map<string, string>;
  let shortCode: string;
  let coldLog: string;
  let warmLog: string;
  let previous: Map<string, string>;
  let previousAfterEdit: Map<string, string>;
  let afterEdit: Map<string, string>;

  beforeAll(async () => {
    site = await fixtureSite([], { generated: 300, heroes: false });
    const first = await site.build(LOCAL);
    if (first.status !== 0) throw new Error(first.output);
    coldLog = first.output;
    before = await fileHashes(site.distDir);
    const created = await newArticle({ contentDir: site.contentDir, title: 'A new piece for the desk', author: 'maya-haddad', section: 'opinion' });
    ({ shortCode } = created);
    const draft = await readFile(created.file, 'utf8');
    await writeFile(
      created.file,
      `${draft.replace(/^draft: true.*\n/m, '').replace(/^tags: \[\]$/m, 'tags: [Water, Cities]')}\nA paragraph of the desk's own.\n`,
    );
    const second = await site.build(LOCAL);
    if (second.status !== 0) throw new Error(second.output);
    warmLog = second.output;
    after = await fileHashes(site.distDir);
    changed = differences(before, after);
    previous = await fileHashes(`${site.distDir}.previous`);
    // An older article edited: its page, copied by the last build, is rendered again.
    const edited = join(site.contentDir, 'articles', `${site.generated.at(-1)!.slug}.mdx`);
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nA paragraph the desk added later.\n`);
    const third = await site.build(LOCAL);
    if (third.status !== 0) throw new Error(third.output);
    previousAfterEdit = await fileHashes(`${site.distDir}.previous`);
    afterEdit = await fileHashes(site.distDir);
    cold = await fixtureSite();
    await cp(site.contentDir, cold.contentDir, { recursive: true, force: true });
    const coldBuild = await cold.build(LOCAL);
    if (coldBuild.status !== 0) throw new Error(coldBuild.output);
  }, 600_000);

  afterAll(() => Promise.all([site?.remove(), cold?.remove()]));

  it('changes only the new article, its short links, the first and newest pages of its listings, feeds, sitemap, host files and one search shard', () => {
    const newest = (listing: string) => {
      const numbers = [...after.keys()]
        .map((file) => new RegExp(`^${listing}page/(\\d+)/index\\.html$`).exec(file)?.[1])
        .filter(Boolean)
        .map(Number);
      return `${listing}page/${Math.max(...numbers)}/index.html`;
    };
    const listings = ['', 'opinion/', 'authors/maya-haddad/', 'tags/water/', 'tags/cities/'];
    const expected = [
      'opinion/a-new-piece-for-the-desk/index.html',
      'opinion/a-new-piece-for-the-desk/card.png',
      'opinion/a-new-piece-for-the-desk/quote-1.png',
      `s/${shortCode}/index.html`,
      `s/${shortCode}-1/index.html`,
      ...listings.flatMap((listing) => [`${listing}index.html`, newest(listing)]),
      'rss.xml',
      'opinion/rss.xml',
      'authors/maya-haddad/rss.xml',
      'authors/index.html',
      'tags/index.html',
      'sitemap-0.xml',
      '_redirects',
      's/.htaccess',
      'vercel.json',
      'nginx-redirects-map.conf',
    ].sort();
    const lastShard = Math.max(...[...after.keys()].map((file) => Number(/^pagefind\/shards\/(\d+)\//.exec(file)?.[1] ?? 1)));
    const [search, others] = [
      changed.filter((file) => file.startsWith(`pagefind/shards/${lastShard}/`)),
      changed.filter((file) => !file.startsWith('pagefind/')),
    ];
    expect(others).toEqual(expected);
    expect(changed).toEqual([...others, ...search].sort());
    expect(search.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(50);
  });

  it('renders only the pages that show the new article, and copies the rest from the last build', () => {
    const [, rendered, copied] = /Pages: (\d+) rendered, (\d+) copied from the last build\./.exec(warmLog) ?? [];
    expect(Number(copied)).toBeGreaterThan(900);
    expect(Number(rendered)).toBeLessThanOrEqual(60);
  });

  it('links the pages it copied to the cache rather than copying them, and leaves what it replaced as it was published', async () => {
    const unchanged = [...after.keys()].find((file) => /^opinion\/[^/]+\/index\.html$/.test(file) && !changed.includes(file))!;
    expect((await stat(join(site.distDir, unchanged))).nlink).toBeGreaterThan(1);
    expect(differences(before, previous)).toEqual([]);
    // The edited article's page was a link to the cache; rendered again, the cache took a new file, and the page as published stayed.
    const editedPage = `${site.generated.at(-1)!.section}/${site.generated.at(-1)!.slug}/index.html`;
    expect(afterEdit.get(editedPage)).not.toBe(after.get(editedPage));
    expect(differences(after, previousAfterEdit)).toEqual([]);
  });

  it('prints a short log: no line per page, but the count of pages', () => {
    const lines = coldLog.trimEnd().split('\n');
    expect(lines.length, coldLog).toBeLessThanOrEqual(60);
    expect(coldLog).not.toMatch(/[├└]─/);
    expect(coldLog).toMatch(/\d{3,} page\(s\) built in/);
  });

  it('says what fits each host, one line each', () => {
    const lines = coldLog.split('\n').filter((line) => line.startsWith('On '));
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'On Netlify',
      'On Cloudflare Pages',
      'On Vercel',
      'On GitHub Pages',
      'On nginx',
      'On Apache',
      'On a bucket',
    ]);
    expect(coldLog).toMatch(
      /^On Cloudflare Pages: [\d,]+ files \(limit 20,000\), [\d.]+ MB, largest \S+ [\d.]+ MB \(limit 25\.0 MB\), [\d,]+ redirect rules \(limit 2,000\)$/m,
    );
    expect(coldLog).not.toContain('Warning:');
  });

  it('equals, after an edit too, a cold build of the same content', async () => {
    expect(differences(afterEdit, await fileHashes(cold.distDir))).toEqual([]);
  });
});
