/**
 * URL slug of a title or tag: lower case, accents folded, every run of
 * anything but letters and digits turned into one hyphen. Letters of any
 * script stay, so Arabic titles and tags get Arabic slugs. "Middle East",
 * "middle-east" and "Middle  East " share one tag page.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** `slug`, or `slug-2`, `slug-3`… : the first one not in `taken`. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}
