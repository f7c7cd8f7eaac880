/**
 * How the search index is split. Pagefind holds everything it indexes in
 * memory at once, about a quarter of a megabyte per long read, so one
 * index of a large archive would need more memory than the rest of the
 * build together. The article pages are indexed in shards of a fixed
 * size instead, oldest first, and the search page merges the shards'
 * indexes when it searches. Oldest first keeps shards stable: new articles
 * fill the newest, smallest shard, and a build indexes again only the
 * shards whose pages changed (scripts/build/build.ts keeps the others in its
 * cache).
 */
import { createHash } from 'node:crypto';
import { PUBLISHED_TIME, SEARCH_BODY, SEARCH_IGNORE } from '../../lib/page-contract.ts';

/** Article pages per shard: Pagefind needs about 550 MB for 2,000 long reads. */
export const SEARCH_SHARD_SIZE = 2000;

/** An article page of the build, as the indexer sees it. */
export interface IndexedPage {
  /** Path of its HTML file below the output folder. */
  file: string;
  /** When it was first published (ISO 8601), which orders the shards. */
  publishedAt: string;
  /** A digest of what Pagefind reads of it (`searchedPart`): a shard whose pages' digests are unchanged is not indexed again. */
  digest: string;
}

/** Where each shard's index goes below the output folder: the first is Pagefind's usual folder, the others inside it. */
export function shardFolder(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind/shards/${index + 1}`;
}

/** The list the search page reads of the shards to merge into the first: their folders, relative to `/pagefind/`. */
export const SHARD_LIST_FILE = 'pagefind/shards.json';

/**
 * Splits the pages into shards, oldest first (ties by file): as many full
 * shards of `size` as the pages fill, then the rest in runs whose sizes
 * are the binary digits of its count in units of `size / 64` (1,024, 512…
 * 32 pages for shards of 2,000), then what is left, fewer than a unit. A
 * new article joins that last small shard alone, so a build indexes, and a
 * deploy uploads, a few files; when it fills, the runs it completes merge
 * like a binary counter's carry, each page indexed again about log₂(64)
 * times in all before it rests in a full shard.
 */
export function planShards(pages: readonly IndexedPage[], size = SEARCH_SHARD_SIZE): IndexedPage[][] {
  const ordered = [...pages].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.file.localeCompare(b.file));
  const unit = Math.max(1, Math.floor(size / 64));
  const full = Math.floor(ordered.length / size) * size;
  const lengths: number[] = Array.from({ length: full / size }, () => size);
  const units = Math.floor((ordered.length - full) / unit);
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(1, units))); bit >= 1; bit /= 2) if (units & bit) lengths.push(bit * unit);
  if ((ordered.length - full) % unit > 0) lengths.push((ordered.length - full) % unit);
  const shards: IndexedPage[][] = [];
  let start = 0;
  for (const length of lengths) {
    shards.push(ordered.slice(start, start + length));
    start += length;
  }
  return shards.length > 0 ? shards : [[]];
}

/**
 * A shard's key in the build's cache: its pages' files and digests, and
 * the indexer's version (another Pagefind may index the same pages
 * differently).
 */
export function shardKey(shard: readonly IndexedPage[], indexerVersion: string): string {
  const hash = createHash('sha256').update(indexerVersion);
  for (const page of shard) hash.update('\0').update(page.file).update('\0').update(page.digest);
  return hash.digest('hex').slice(0, 20);
}

/** The folders of the shards after the first, as the search page merges them (relative to `/pagefind/`). */
export function mergedShards(count: number): string[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => `${shardFolder(i + 1).slice('pagefind/'.length)}/`);
}

/** Reads an article page's first publication time, if the page is indexed for search (it marks its body for Pagefind). */
export function indexedPublication(html: string): string | undefined {
  if (!html.includes(SEARCH_BODY)) return undefined;
  return new RegExp(`<meta property="${PUBLISHED_TIME}" content="([^"]+)"`).exec(html)?.[1] ?? '';
}

/** An opening tag that keeps its element's words out of the index (`data-pagefind-ignore`, any value). */
const IGNORED_ELEMENT = new RegExp(`<([a-z][a-z0-9-]*)(?=[\\s/>])[^>]*\\s${SEARCH_IGNORE}\\b[^>]*>`, 'gi');
/** Attributes Pagefind reads wherever they are, ignored elements included. */
const PAGEFIND_ATTRIBUTE = /\sdata-pagefind-(?:meta|filter|sort)(?:="[^"]*")?/gi;

/**
 * What Pagefind reads of a page: the page without the elements it is told
 * to ignore, plus every metadata, filter and sort attribute (which it reads
 * even inside those). Two pages with the same reading index alike, so a
 * shard is keyed by this: the onward-reading list at an article's foot,
 * which shifts when an article is published, does not send its whole
 * shard to be indexed again. Assumes the well-formed markup the build
 * writes, where every ignored element is closed.
 */
export function searchedPart(html: string): string {
  const kept: string[] = [];
  let from = 0;
  for (const opening of html.matchAll(IGNORED_ELEMENT)) {
    if (opening.index < from) continue;
    const name = opening[1]!.toLowerCase();
    const end = closingTagEnd(html, name, opening.index + opening[0].length);
    kept.push(html.slice(from, opening.index), ...(html.slice(opening.index, end).match(PAGEFIND_ATTRIBUTE) ?? []));
    from = end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/** Where the element named `name` whose content starts at `start` ends, counting the same elements nested inside it. */
function closingTagEnd(html: string, name: string, start: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return html.length;
}
