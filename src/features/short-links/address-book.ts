/**
 * Every address the site publishes has one owner. Hosts match a request
 * against redirect rules before files, and the first rule wins on several
 * of them, so an old path or a short link written over another page's
 * address would take that page's readers. The book records who owns what:
 * exact addresses (a short link, a section's front) and whole folders (an
 * article and its cards, the site's own `/tags/`), and answers a new claim
 * with the owner it would take from
 * (docs/decisions/0022-every-address-has-one-owner.md).
 */

/** Who holds an address, as messages name it: a file, or the site itself. */
export interface AddressOwner {
  /** The file that claims it (`content/articles/x.mdx`), or the module that reserves it for the site. */
  file: string;
  /** What the address is, for messages: "the short link", "the folder of the article". */
  what: string;
}

/** An address a claim would take, and from whom. */
export interface AddressConflict {
  /** The address as the new claim wrote it. */
  address: string;
  owner: AddressOwner;
}

/**
 * The form under which hosts treat two paths as one: percent-escapes read,
 * letters in lower case (some hosts and every person ignore case), no
 * `index.html` (a folder's page answers to it) and no trailing slash (the
 * site answers both forms).
 */
export function addressKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is matched as written.
  }
  const trimmed = decoded
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\/index\.html$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The keys of `key`'s folders, nearest first: `/a/b/c` → `/a/b`, `/a`, `/`. */
function foldersOf(key: string): string[] {
  const folders: string[] = [];
  for (let end = key.lastIndexOf('/'); end > 0; end = key.lastIndexOf('/', end - 1)) folders.push(key.slice(0, end));
  if (key !== '/') folders.push('/');
  return folders;
}

/** Addresses by owner; a claim that would take one already held is answered with its holder. */
export class AddressBook {
  readonly #exact = new Map<string, AddressOwner>();
  readonly #folders = new Map<string, AddressOwner>();
  /** For each folder with something held below it, one holder there: a folder claim must not cover it. */
  readonly #occupied = new Map<string, AddressOwner>();
  /** Rules over addresses the site keeps for itself, applied to every later claim. */
  readonly #reserved: { test: (key: string) => boolean; owner: AddressOwner }[] = [];

  /** Keeps every address `test` accepts (given its key, see addressKey) from the claims that follow. */
  reserve(test: (key: string) => boolean, owner: AddressOwner): void {
    this.#reserved.push({ test, owner });
  }

  /**
   * Claims `path` alone, or with `folder` everything below it too. Returns
   * the conflict, recording nothing, when the path is held already or lies
   * in a folder held by someone else; a folder cannot be claimed over an
   * address held inside it either.
   */
  claim(path: string, owner: AddressOwner, { folder = false } = {}): AddressConflict | undefined {
    const key = addressKey(path);
    const held =
      this.#exact.get(key) ??
      this.#folders.get(key) ??
      this.#heldFolderOf(key) ??
      (folder ? this.#heldInside(key) : undefined) ??
      this.#reserved.find(({ test }) => test(key))?.owner;
    if (held) return { address: path, owner: held };
    (folder ? this.#folders : this.#exact).set(key, owner);
    for (const above of foldersOf(key)) {
      if (this.#occupied.has(above)) break;
      this.#occupied.set(above, owner);
    }
    return undefined;
  }

  /** The owner of the nearest held folder above `key`. */
  #heldFolderOf(key: string): AddressOwner | undefined {
    for (const folder of foldersOf(key)) {
      const owner = this.#folders.get(folder);
      if (owner) return owner;
    }
    return undefined;
  }

  /** The owner of some address held below the folder `key`. */
  #heldInside(key: string): AddressOwner | undefined {
    return this.#occupied.get(key);
  }
}

/** A conflict said as a reader of the build log needs it: the address, and whose it is. */
export function describeConflict(conflict: AddressConflict): string {
  return `${conflict.address} is ${conflict.owner.what} of ${conflict.owner.file}; every address the site publishes has one owner`;
}
