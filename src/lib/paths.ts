/** Joins a base path (`/` or `/segment/`) and a site path (`/a/b/`). */
export function withBase(basePath: string, path: string): string {
  return `${basePath.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site path of an article: its section, then its slug, with a trailing slash. */
export function articlePath(sectionId: string, slug: string): string {
  return `/${sectionId}/${slug}/`;
}

/** Site path of an author's page. */
export function authorPath(authorId: string): string {
  return `/authors/${authorId}/`;
}

/** Site path of a section's page. */
export function sectionPath(sectionId: string): string {
  return `/${sectionId}/`;
}

/** Absolute URL of a site path, given the site's origin and base path. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return new URL(withBase(basePath, path), `${siteUrl}/`).href;
}
