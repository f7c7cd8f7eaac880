/** Width and height of the publication's logo (a square), as drawn at build time and stated in its structured data. */
export const LOGO_SIZE = 512;
