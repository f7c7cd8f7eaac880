/**
 * Links that open each network's own share form with the short URL filled
 * in. Plain links: no script, widget or tracker of theirs loads on our
 * page, and nothing is requested until a reader clicks one.
 */

/** A network's share link. */
export interface ShareLink {
  /** The network's name, as the link's text. */
  name: string;
  href: string;
}

/**
 * A URL as a query value: encoded, except `:` and `/`, which a query may
 * hold as they are (RFC 3986). The short URL then repeats verbatim on the
 * page, and compression sends it once.
 */
export function queryValue(url: string): string {
  return encodeURIComponent(url).replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/**
 * Share links for a URL. Only the email carries the headline: the networks
 * unfurl the URL into the article's card, headline included, and every
 * byte here is sent with every article page. Mastodon has no one address
 * to share to (each reader posts from their own server), so its link goes
 * to the site's own page that asks for the reader's server,
 * `mastodonPage` (with the base path). With `text` (a pull quote), the
 * networks whose share forms take words get it beside the URL, and the
 * email's body starts with it.
 */
export function shareLinks(url: string, title: string, mastodonPage: string, text?: string): ShareLink[] {
  const u = queryValue(url);
  const words = text === undefined ? undefined : encodeURIComponent(text);
  return [
    { name: 'X', href: `https://x.com/intent/post?${words ? `text=${words}&` : ''}url=${u}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${words ? `${words}%20` : ''}${u}` },
    { name: 'Mastodon', href: `${mastodonPage}?text=${words ? `${words}%20` : ''}${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${words ? `${words}%20` : ''}${u}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}${words ? `&text=${words}` : ''}` },
    { name: 'Email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${words ? `${words}%0A%0A` : ''}${u}` },
  ];
}
