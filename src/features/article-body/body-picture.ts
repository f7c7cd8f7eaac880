/**
 * Pictures in article bodies: a `<Figure>`, a Markdown image or an
 * `<img>`. The renderer keeps each as a marker in the HTML and a record in
 * the body's facts; the page puts the responsive picture in the marker's
 * place (src/components/BodyPicture.astro), made from the file by Astro's
 * image pipeline exactly as the hero is. So a cached body holds no image
 * URL, which changes with every new encoding of the picture.
 */

/** A picture of the body, as written. */
export interface BodyPicture {
  /** The file, relative to the article. */
  src: string;
  /** What the picture shows. */
  alt: string;
  caption?: string;
  /** Printed as written, e.g. "Photo: AFP". */
  credit?: string;
  /** Wider than the text column, on screens with room for it. */
  wide: boolean;
  /** A figure of its own, with its caption; otherwise a picture within the text. */
  figure: boolean;
  /** The line of the file it is written on, for messages. */
  line: number;
}

const MARKER = /<!--picture:(\d+)-->/;

/** The marker left in the HTML for the body's picture number `index`. */
export function pictureMarker(index: number): string {
  return `picture:${index}`;
}

/** The body's HTML cut at its picture markers: text, then the number of a picture, then text, and so on. */
export function splitAtPictures(html: string): (string | number)[] {
  return html.split(new RegExp(MARKER.source, 'g')).map((part, index) => (index % 2 === 1 ? Number(part) : part));
}
