/** Names of the host files in the output folder; the security headers are added to the Apache and Vercel ones. */
export const HOST_FILE_NAMES = {
  netlify: '_redirects',
  apache: '.htaccess',
  vercel: 'vercel.json',
  nginx: 'nginx-redirects.conf',
} as const;
