import { describe, expect, it } from 'vitest';
import { importProblems, offeredModules } from './import-rules.ts';

const README = `# Short links

Short links for articles.

## Files

| file | what it is |
| --- | --- |
| \`short-code.ts\` | codes |
| \`registry.ts\` | the registry |

## Used from outside

- \`short-code.ts\`: the authoring scripts
- nothing else: the registry is the loader's

## May import

\`src/lib/\`.
`;

const readmes = new Map([['short-links', README]]);

/** The problems of one module `path` whose only line imports `specifier`. */
function problemsOf(path: string, specifier: string) {
  return importProblems([{ path, text: `import { x } from '${specifier}';\n` }], readmes).map(({ problem }) => problem);
}

describe('the import rules', () => {
  it('reads the modules a feature offers from its README, and only from that section', () => {
    expect([...offeredModules(README)]).toEqual(['short-code.ts']);
    expect(offeredModules('# A feature\n\n## Files\n\n- `a.ts`: a\n').size).toBe(0);
  });

  it('refuses src/ importing tests/ or scripts/', () => {
    expect(problemsOf('src/features/short-links/short-code.ts', '../../../tests/support/fixture-site.ts')).toEqual(['only tests import from tests/']);
    expect(problemsOf('src/pages/index.astro', '../../scripts/build/build.ts')).toEqual(['nothing in src/ imports scripts/']);
  });

  it('refuses scripts/ importing tests/', () => {
    expect(problemsOf('scripts/checks/lighthouse.ts', '../../tests/support/chromium.ts')).toEqual(['only tests import from tests/']);
  });

  it("refuses src/lib importing a feature or Astro's places, and a feature importing a component", () => {
    expect(problemsOf('src/lib/paths.ts', '../features/short-links/short-code.ts')).toEqual(['src/lib imports only src/lib']);
    expect(problemsOf('src/lib/paths.ts', '../settings.ts')).toEqual(['src/lib imports only src/lib']);
    expect(problemsOf('src/features/short-links/registry.ts', '../../components/ShareBar.astro')).toEqual([
      "only Astro's places (pages, layouts, components) import pages, layouts and components",
    ]);
  });

  it("refuses reaching into another feature's modules that its README does not offer, and allows what it offers", () => {
    expect(problemsOf('src/pages/s.astro', '../features/short-links/registry.ts')).toEqual([
      'registry.ts is inside the short-links feature: import what src/features/short-links/README.md lists under "Used from outside", or add it there',
    ]);
    expect(problemsOf('src/pages/s.astro', '../features/short-links/short-code.ts')).toEqual([]);
    expect(problemsOf('scripts/authoring/new-article.ts', '../../src/features/short-links/short-code.ts')).toEqual([]);
    expect(problemsOf('src/features/short-links/short-code.ts', './registry.ts')).toEqual([]);
  });

  it('lets tests import anything, beside the code or in tests/', () => {
    expect(problemsOf('src/features/sharing/card.test.ts', '../short-links/registry.ts')).toEqual([]);
    expect(problemsOf('tests/build/short-links.test.ts', '../../src/features/short-links/registry.ts')).toEqual([]);
  });

  it('refuses a relative import that does not name its file, and names the line', () => {
    // Built from parts, so this file's own text holds no bare import.
    const text = ['// a', `import { b } from '${'./b'}';`].join('\n');
    const [problem] = importProblems([{ path: 'src/lib/a.ts', text }], readmes);
    expect(problem).toEqual({
      file: 'src/lib/a.ts',
      line: 2,
      specifier: './b',
      problem: 'a relative import names its file, extension included (plain Node finds no file by a bare name)',
    });
    expect(problemsOf('src/lib/a.ts', './b.ts')).toEqual([]);
    expect(problemsOf('src/features/sharing/share-bar-script.ts', './share-bar.js?raw')).toEqual([]);
  });

  it('reads dynamic imports and worker files given by URL', () => {
    const text = "const m = await import('../../../scripts/x.ts');\nconst w = new URL('../../../tests/w.ts', import.meta.url);\n";
    expect(importProblems([{ path: 'src/features/sharing/q.ts', text }], readmes).map(({ line }) => line)).toEqual([1, 2]);
  });
});
