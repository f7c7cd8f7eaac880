/**
 * URL slug of a tag: lower case, accents folded, every run of anything but
 * letters and digits turned into one hyphen. Letters of any script stay, so
 * Arabic tags get Arabic slugs. "Middle East", "middle-east" and
 * "Middle  East " share one tag page.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
