import source from './mastodon-share.js?raw';
import { minifiedScript } from './minified-script.ts';

/** The Mastodon share page's inline module, minified once per build. */
export const mastodonShareScript = minifiedScript(source);
