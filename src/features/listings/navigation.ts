/** How the masthead and footer order and share out the sections. */

/** A section as navigation shows it. */
export interface NavigationSection {
  id: string;
  name: string;
  /** Lower first; sections without one follow, by name. */
  order?: number | undefined;
}

/** Sections in the order readers meet them: by `order`, then those without one, by name. */
export function orderSections<S extends NavigationSection>(sections: readonly S[], locale: string): S[] {
  return [...sections].sort(
    (a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id),
  );
}

/** The first `shown` sections for the masthead's bar; the rest go in its menu. */
export function mastheadSections<S>(sections: readonly S[], shown: number): { bar: S[]; menu: S[] } {
  return { bar: sections.slice(0, shown), menu: sections.slice(shown) };
}
