/** Names of the host files in the output folder; the security headers are added to the Apache and Vercel ones. */
export const HOST_FILE_NAMES = {
  netlify: '_redirects',
  /** Apache's rules for old addresses, read on every request: kept short. */
  apache: '.htaccess',
  vercel: 'vercel.json',
  /** nginx, inside the `server` block: answers from the map. */
  nginx: 'nginx-redirects.conf',
  /** nginx, inside the `http` block: the map of every redirect, looked up by hash. */
  nginxMap: 'nginx-redirects-map.conf',
} as const;

/** Apache's short-link rules, in the short links' own folder below the root (`/s/`): only a request for a short link reads them. */
export function apacheShortLinkFile(shortFolder: string): string {
  return `${shortFolder.slice(1)}${HOST_FILE_NAMES.apache}`;
}
