import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../support/fixture-site.ts';

/** An author with an account on every network the authors' YAML knows, and her article. */
const PROFILES = ['https://x.com/adawriter', 'https://social.example/@ada', 'https://bsky.app/profile/ada.bsky.social', 'https://www.threads.com/@ada.writes'];

describe('an author with handles on X, Mastodon, Bluesky and Threads', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };
  const page = async (path: string) => parseHTML(await readFile(join(site.distDir, path, 'index.html'), 'utf8')).document;

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'profiles/ada-writer.yaml', to: 'authors/ada-writer.yaml' }]);
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('credits her Mastodon account on her articles and names every profile in their JSON-LD', async () => {
    const article = await page('essays/typography');
    expect(article.querySelector('meta[name="fediverse:creator"]')?.getAttribute('content')).toBe('@ada@social.example');
    const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data.author.sameAs).toEqual(PROFILES);
    expect([...article.querySelectorAll('.author-bio a')].map((a) => a.getAttribute('href'))).toEqual(PROFILES);
  });

  it('links every profile from her page with rel="me", which Mastodon checks to verify the link', async () => {
    const author = await page('authors/ada-writer');
    expect([...author.querySelectorAll('a[rel="me"]')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      [PROFILES[0], 'X: @adawriter'],
      [PROFILES[1], 'Mastodon: @ada@social.example'],
      [PROFILES[2], 'Bluesky: @ada.bsky.social'],
      [PROFILES[3], 'Threads: @ada.writes'],
    ]);
  });
});

describe('an author whose Mastodon handle is malformed', () => {
  let site: FixtureSite;
  let result: { status: number; output: string };

  beforeAll(async () => {
    site = await fixtureSite([{ from: 'invalid-authors/ada-writer.yaml', to: 'authors/ada-writer.yaml' }]);
    result = await site.build({ CI: '' });
  });

  afterAll(() => site.remove());

  it('fails the build, naming the file, the field and the form a handle takes', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('ada-writer.yaml');
    expect(result.output).toMatch(/\bmastodon\b.*@name@mastodon\.social/);
  });
});
