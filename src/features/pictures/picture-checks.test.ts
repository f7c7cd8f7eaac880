import { describe, expect, it } from 'vitest';
import { type PictureFile, pictureProblems } from './picture-checks.ts';

const article = (hero: string) => `---\ntitle: A picture\n${hero}\n---\n\nBody.\n`;

/** A content tree's files, as the checker would find them. */
const files: Record<string, PictureFile> = {
  'articles/good.jpg': { format: 'jpeg', width: 2400 },
  'articles/narrow.png': { format: 'png', width: 800 },
  'articles/drawing.svg': { format: 'svg', width: 3000 },
  'articles/words.jpg': 'unreadable',
  'articles/2025/shared.jpg': { format: 'webp', width: 1200 },
  'authors/ada.jpg': { format: 'jpeg', width: 200 },
};
const read = async (path: string): Promise<PictureFile> => files[path] ?? 'missing';

describe('picture checks', () => {
  it('accept pictures that exist, are pictures, and are wide enough, relative to their file', async () => {
    const problems = await pictureProblems(
      {
        articles: {
          'articles/good.mdx': article('hero:\n  src: ./good.jpg\n  alt: A photo.'),
          'articles/2025/in-a-folder.mdx': article('hero: { src: ./shared.jpg, alt: A photo. }'),
          'articles/no-hero.mdx': article(''),
        },
        // A portrait may be small: it is shown small.
        authors: { 'authors/ada.yaml': 'name: Ada\nbio: Writes.\navatar: ./ada.jpg\n' },
      },
      read,
    );
    expect(problems).toEqual([]);
  });

  it('name the file and field of each picture that is missing, not a picture, too narrow, or elsewhere', async () => {
    const problems = await pictureProblems(
      {
        articles: {
          'articles/missing.mdx': article('hero:\n  src: ./nowhere.jpg\n  alt: A photo.'),
          'articles/words.mdx': article('hero:\n  src: ./words.jpg\n  alt: A photo.'),
          'articles/drawing.mdx': article('hero:\n  src: ./drawing.svg\n  alt: A drawing.'),
          'articles/narrow.mdx': article('hero:\n  src: ./narrow.png\n  alt: A photo.'),
          'articles/remote.mdx': article('hero:\n  src: https://images.example/a.jpg\n  alt: A photo.'),
          'articles/climbing.mdx': article('hero:\n  src: ../articles/good.jpg\n  alt: A photo.'),
        },
        authors: { 'authors/bo.yaml': 'name: Bo\nbio: Writes.\navatar: ./bo.jpg\n', 'authors/cy.yaml': 'name: Cy\nbio: Writes.\navatar: ../../key.jpg\n' },
      },
      read,
    );
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'articles/missing.mdx hero.src',
      'articles/words.mdx hero.src',
      'articles/drawing.mdx hero.src',
      'articles/narrow.mdx hero.src',
      'articles/remote.mdx hero.src',
      'articles/climbing.mdx hero.src',
      'authors/bo.yaml avatar',
      'authors/cy.yaml avatar',
    ]);
    expect(problems[5]!.problem).toMatch(/is outside the folder of climbing\.mdx/);
    expect(problems[7]!.problem).toMatch(/is outside the folder of cy\.yaml/);
    expect(problems[0]!.problem).toMatch(/\.\/nowhere\.jpg does not exist.*articles\/nowhere\.jpg/);
    expect(problems[1]!.problem).toMatch(/not a picture/);
    expect(problems[2]!.problem).toMatch(/not a picture/);
    expect(problems[3]!.problem).toMatch(/800 px wide; a hero must be at least 1,200 px/);
    expect(problems[4]!.problem).toMatch(/is an address/);
  });
});
