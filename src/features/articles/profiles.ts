/**
 * An author's accounts on other networks: how each handle is written,
 * and the profile page it stands for. The author page links them with
 * `rel="me"` (which Mastodon checks to verify a profile's link), the
 * article's bio lists them, and the JSON-LD names them as `sameAs`.
 */

/** The handles an author's YAML may give. */
export interface AuthorHandles {
  /** X (Twitter): `@name`. */
  x?: string | undefined;
  /** Mastodon (or another fediverse server): `@name@server.example`. */
  mastodon?: string | undefined;
  /** Bluesky: `@name.bsky.social`, or a domain of the author's own such as `@example.com`. */
  bluesky?: string | undefined;
  /** Threads: `@name`. */
  threads?: string | undefined;
}

/** One of an author's profiles. */
export interface Profile {
  /** The network's name, as readers know it. */
  network: string;
  /** The handle as the author gave it. */
  handle: string;
  /** The profile page. */
  url: string;
}

/** A DNS name with at least two labels, such as `mastodon.social`. */
const DOMAIN = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]';

/** How each network writes a handle; the schema and the URL builders share them. */
export const HANDLE_PATTERNS = {
  x: /^@\w{1,15}$/,
  // A name of letters, digits and underscores (dots and dashes inside), then the server.
  mastodon: new RegExp(`^@(\\w(?:[\\w.-]*\\w)?)@(${DOMAIN})$`, 'i'),
  bluesky: new RegExp(`^@(${DOMAIN})$`, 'i'),
  threads: /^@[\w.]{1,30}$/,
} as const;

/** The profile URL of an X handle. */
export function xProfileUrl(handle: string): string {
  return `https://x.com/${handle.slice(1)}`;
}

/** The profile URL of a Mastodon handle: the account's page on its own server. */
export function mastodonProfileUrl(handle: string): string {
  const [, name, server] = HANDLE_PATTERNS.mastodon.exec(handle) ?? [];
  if (!name || !server) throw new Error(`"${handle}" is not a Mastodon handle such as @name@mastodon.social`);
  return `https://${server.toLowerCase()}/@${name}`;
}

/** The profile URL of a Bluesky handle. */
export function blueskyProfileUrl(handle: string): string {
  return `https://bsky.app/profile/${handle.slice(1).toLowerCase()}`;
}

/** The profile URL of a Threads handle. */
export function threadsProfileUrl(handle: string): string {
  return `https://www.threads.com/${handle}`;
}

/** Every profile the author has, in a fixed order. */
export function profiles(handles: AuthorHandles): Profile[] {
  const { x, mastodon, bluesky, threads } = handles;
  return [
    ...(x ? [{ network: 'X', handle: x, url: xProfileUrl(x) }] : []),
    ...(mastodon ? [{ network: 'Mastodon', handle: mastodon, url: mastodonProfileUrl(mastodon) }] : []),
    ...(bluesky ? [{ network: 'Bluesky', handle: bluesky, url: blueskyProfileUrl(bluesky) }] : []),
    ...(threads ? [{ network: 'Threads', handle: threads, url: threadsProfileUrl(threads) }] : []),
  ];
}
