import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapingLinks } from './content-links.ts';

describe('links in the content folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'longread-links-'));
    const content = join(root, 'content');
    await mkdir(join(content, 'articles/deep'), { recursive: true });
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere/key.txt'), 'secret');
    await writeFile(join(content, 'articles/photo.jpg'), 'inside');
    await symlink(join(root, 'elsewhere/key.txt'), join(content, 'articles/deep/hero.jpg'));
    await symlink('../elsewhere', join(content, 'authors'));
    await symlink(join(content, 'articles/photo.jpg'), join(content, 'articles/same-photo.jpg'));
    await symlink(join(root, 'nothing-here'), join(content, 'articles/dangling.jpg'));
    // A content folder reached through a link is read as the folder it is.
    await symlink(content, join(root, 'linked-content'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('names every link that leaves the folder or leads nowhere, and none that stays inside', async () => {
    for (const dir of [join(root, 'content'), join(root, 'linked-content')]) {
      const problems = await escapingLinks(dir, 'content');
      expect(problems.map(({ file, problem }) => `${file}: ${problem.split(';')[0]}`)).toEqual([
        'content/articles/dangling.jpg: is a link that leads to no file',
        'content/articles/deep/hero.jpg: is a link to a file outside the content folder',
        'content/authors: is a link to a file outside the content folder',
      ]);
    }
  });

  it('has nothing to say of a folder that does not exist', async () => {
    expect(await escapingLinks(join(root, 'missing'))).toEqual([]);
  });
});
