/**
 * The import rules of docs/architecture.md, checked over the repository's
 * modules: which part of the project may import which, that a feature is
 * used from outside only through the modules its README offers, and that
 * every relative import names its file (workers run modules with plain
 * Node, which finds no file by a bare name).
 *
 * Usage: node scripts/checks/import-rules.ts   (exits 1 and lists each broken rule)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** A module of the repository: its path from the root, with forward slashes, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One import that breaks a rule: where it is, what it imports, and which rule. */
export interface ImportProblem {
  file: string;
  line: number;
  specifier: string;
  problem: string;
}

/** Where a module sits, as the rules see it. */
type Place =
  | { kind: 'lib' }
  | { kind: 'feature'; name: string }
  | { kind: 'settings' }
  | { kind: 'astro' }
  | { kind: 'styles' }
  | { kind: 'scripts' }
  | { kind: 'tests' }
  | { kind: 'config' };

/** Import specifiers: `from '…'`, `import '…'`, `import('…')`, `new URL('…', import.meta.url)`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)(['"])([^'"\n]+)\1/g;

/** Where `path` sits. Tests (`*.test.ts`, `tests/`) may import anything, wherever they are. */
export function placeOf(path: string): Place {
  if (/\.test\.ts$/.test(path) || path.startsWith('tests/')) return { kind: 'tests' };
  if (path.startsWith('src/lib/')) return { kind: 'lib' };
  const feature = /^src\/features\/([^/]+)\//.exec(path);
  if (feature) return { kind: 'feature', name: feature[1]! };
  if (path === 'src/settings.ts') return { kind: 'settings' };
  if (path.startsWith('src/styles/')) return { kind: 'styles' };
  if (path.startsWith('src/')) return { kind: 'astro' };
  if (path.startsWith('scripts/')) return { kind: 'scripts' };
  return { kind: 'config' };
}

/**
 * The modules a feature's README offers to the rest of the project: the
 * backticked file names under its "## Used from outside" heading.
 */
export function offeredModules(readme: string): Set<string> {
  const section = /^## Used from outside\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  return new Set([...section.matchAll(/^\s*[-*]\s*`([^`]+\.[a-z]+)`/gm)].map((match) => match[1]!));
}

/** The line of `text` at `index`, counted from 1. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** What keeps `from` from importing `target` (a path in the repository), if anything. */
function layerProblem(from: Place, target: string, offered: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const to = placeOf(target);
  if (from.kind === 'tests' || from.kind === 'config') return undefined;
  if (to.kind === 'tests') return 'only tests import from tests/';
  if (to.kind === 'scripts' && from.kind !== 'scripts') return 'nothing in src/ imports scripts/';
  if (to.kind === 'astro' && from.kind !== 'astro') return "only Astro's places (pages, layouts, components) import pages, layouts and components";
  if (from.kind === 'lib' && to.kind !== 'lib') return 'src/lib imports only src/lib';
  if (to.kind === 'feature') {
    const sameFeature = from.kind === 'feature' && from.name === to.name;
    const file = posix.basename(target);
    if (!sameFeature && !offered.get(to.name)?.has(file)) {
      return `${file} is inside the ${to.name} feature: import what src/features/${to.name}/README.md lists under "Used from outside", or add it there`;
    }
  }
  return undefined;
}

/** Every broken import rule among `files`; `readmes` are the features' READMEs by feature name. */
export function importProblems(files: readonly SourceFile[], readmes: ReadonlyMap<string, string>): ImportProblem[] {
  const offered = new Map([...readmes].map(([name, text]) => [name, offeredModules(text)]));
  const problems: ImportProblem[] = [];
  for (const { path, text } of files) {
    const from = placeOf(path);
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[2]!;
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const line = lineAt(text, match.index);
      const bare = specifier.split('?')[0]!;
      if (!/\.[a-z]+$/.test(posix.basename(bare))) {
        problems.push({
          file: path,
          line,
          specifier,
          problem: 'a relative import names its file, extension included (plain Node finds no file by a bare name)',
        });
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(path), bare));
      const problem = layerProblem(from, target, offered);
      if (problem) problems.push({ file: path, line, specifier, problem });
    }
  }
  return problems;
}

/** The repository's modules and feature READMEs, as git knows them. */
function repositoryFiles(): { files: SourceFile[]; readmes: Map<string, string> } {
  const paths = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n');
  const files = paths
    .filter((path) => /\.(ts|mts|mjs|js|astro)$/.test(path) && !path.startsWith('tests/fixtures/') && !path.startsWith('public/'))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const readmes = new Map(
    paths.flatMap((path) => {
      const feature = /^src\/features\/([^/]+)\/README\.md$/.exec(path);
      return feature ? [[feature[1]!, readFileSync(path, 'utf8')] as const] : [];
    }),
  );
  return { files, readmes };
}

if (import.meta.main) {
  const { files, readmes } = repositoryFiles();
  const problems = importProblems(files, readmes);
  for (const { file, line, specifier, problem } of problems) console.error(`${file}:${line}: import '${specifier}': ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log(`Import rules: ${files.length} modules, every import within the rules.`);
}
