/**
 * Author names in article bodies. A body names an author by id (a pull
 * quote's `by`); the name itself belongs to the author's file and may
 * change without the article changing. So a rendered body keeps a marker
 * where the name goes, filled in when the page is built: a cached body
 * never shows a stale name, and renaming an author re-renders nothing.
 * Markers are HTML comments, which a body's words cannot produce (MDX has
 * no raw HTML, and text is escaped).
 */
import { escapeHtml } from '../../lib/escape-html.ts';

const MARKER = /<!--author:([a-z0-9-]+)-->/g;

/** The marker a component leaves for an author's name. */
export function authorNameMarker(authorId: string): string {
  return `author:${authorId}`;
}

/** The author id of a marker's text (a comment's value), if it is one. */
export function markedAuthor(comment: string): string | undefined {
  return /^author:([a-z0-9-]+)$/.exec(comment)?.[1];
}

/** Author ids whose names a rendered body leaves markers for, each once, in order. */
export function markedAuthors(html: string): string[] {
  return [...new Set([...html.matchAll(MARKER)].map(([, id]) => id!))];
}

/** The body with each marker replaced by that author's name, escaped as HTML text. */
export function fillAuthorNames(html: string, nameOf: (authorId: string) => string): string {
  return html.replace(MARKER, (_marker, id: string) => escapeHtml(nameOf(id)));
}
