import source from './share-bar.js?raw';
import { minifiedScript } from './minified-script.ts';

/** The share bar's inline module, minified once per build: it is in every article's bytes. */
export const shareBarScript = minifiedScript(source);
