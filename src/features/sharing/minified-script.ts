import { transformSync } from 'esbuild';

/**
 * A script's source, minified: the files keep their comments and readable
 * names, and readers download the least bytes. Callers minify a script
 * once, when their module loads.
 */
export function minifiedScript(source: string): string {
  return transformSync(source, { minify: true, format: 'esm', target: 'es2022' }).code.trim();
}
