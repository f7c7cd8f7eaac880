/** The image link previews show. */
export interface PreviewImage {
  /** Site path of the image. */
  path: string;
  width: number;
  height: number;
  /** MIME type. */
  type: string;
  /** What the image shows, for people who cannot see it. */
  alt: string;
}
