/**
 * What a rendered body depends on besides its own file: the code that
 * renders it (every module the body renderer imports, followed through
 * their relative imports) and the installed packages (npm's record of
 * node_modules). A change to a component, a plugin or a plugin's setting
 * changes the fingerprint, and with it every body's cache key, so no
 * cached body outlives the code that made it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Relative imports of a TypeScript module: `from './x.ts'`, `import './y.ts'`. */
const RELATIVE_IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The module and every module it imports by relative path, transitively, sorted. */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      pending.push(resolve(dirname(file), specifier!));
    }
  }
  return [...seen].sort();
}

/** A digest of the renderer's modules and of the installed packages (`<root>/node_modules/.package-lock.json`). */
export function pipelineFingerprint(rendererEntry: string, projectRoot: string): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph(rendererEntry)) hash.update(file.slice(projectRoot.length)).update('\0').update(readFileSync(file)).update('\0');
  const installed = resolve(projectRoot, 'node_modules/.package-lock.json');
  if (existsSync(installed)) hash.update(readFileSync(installed));
  return hash.digest('hex').slice(0, 16);
}
