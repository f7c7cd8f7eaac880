import { transform } from 'esbuild';
import { once } from '../lib/once';

/**
 * A script's source, minified once per build: the files keep their
 * comments and readable names, and readers download the least bytes.
 */
export function minifiedScript(source: string): () => Promise<string> {
  return once(async () => (await transform(source, { minify: true, format: 'esm', target: 'es2022' })).code.trim());
}
