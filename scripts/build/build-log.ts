/**
 * Astro lists every page it writes, a line each: 39,000 lines for an
 * archive of 10,000 articles, which bury the one warning a deployer needs
 * in a CI log. The build passes Astro's output through this filter, which
 * takes out the page lines, counts them, and lets everything else through
 * whole; the build prints the count every ten seconds instead.
 */

/** A page line, as Astro writes it: time, tree mark, the page, and how long it took, if said yet. */
const PAGE_LINE = /\d\d:\d\d:\d\d {1,3}[├└]─ \S+?(?=\d\d:\d\d:\d\d |\s|$)(?: \(\+[\d.]+m?s\))?(?: \(reused cache entry\))? ?/g;
/** What Astro adds to a page line when the page is written, if that comes on a line of its own. */
const LATE_TIMING = /^\s*\(\+[\d.]+m?s\)\s*$/;
/** What Astro adds to a page line when it copied the page from its last build instead of rendering it. */
const REUSED = / ?\((?:restored|cached)\) ?/g;
/** The heading Astro puts above the page lines. */
const PAGES_HEADING = /^\s*generating static routes\s*$/;

/** Reads Astro's output line by line: what to print, and how many pages it has written so far. */
export class AstroLogFilter {
  #pages = 0;
  #reused = 0;
  #pending = '';

  /** Pages Astro has said it wrote. */
  get pages(): number {
    return this.#pages;
  }

  /** Of those, the pages it copied from its last build (src/features/build/route-keys.ts) rather than rendered. */
  get reused(): number {
    return this.#reused;
  }

  /** Takes a chunk of Astro's output; returns the whole lines worth printing, each ending in a newline. */
  take(chunk: string): string {
    const lines = (this.#pending + chunk).split('\n');
    this.#pending = lines.pop()!;
    return lines
      .map((line) => this.#keep(line))
      .filter((line) => line !== undefined)
      .map((line) => `${line}\n`)
      .join('');
  }

  /** What is left when Astro has finished. */
  end(): string {
    const last = this.#keep(this.#pending);
    this.#pending = '';
    return last === undefined ? '' : `${last}\n`;
  }

  #keep(line: string): string | undefined {
    let rest = line;
    const marks = line.match(PAGE_LINE);
    if (marks) {
      this.#pages += marks.length;
      rest = rest.replace(PAGE_LINE, '');
    }
    const reused = rest.match(REUSED);
    if (reused) {
      this.#reused += reused.length;
      rest = rest.replace(REUSED, '');
    }
    if ((marks || reused) && rest.trim() === '') return undefined;
    if (LATE_TIMING.test(rest) || PAGES_HEADING.test(rest)) return undefined;
    return rest;
  }
}
