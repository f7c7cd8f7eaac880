/**
 * `<Figure>`: a picture with its caption and credit, in the text column or
 * (`wide`) wider than it on screens with room. The file sits next to the
 * article. Drawn on the page by src/components/BodyPicture.astro, as the
 * hero is.
 */
import type { BodyComponent } from './body-component.ts';

export const figure: BodyComponent = {
  name: 'Figure',
  props: {
    /** The picture file, relative to the article. */
    src: 'text',
    /** What the picture shows, for readers who cannot see it. */
    alt: 'text',
    /** What the picture is about; printed under it. */
    caption: 'text',
    /** Printed after the caption as written, e.g. "Photo: AFP". */
    credit: 'text',
    /** Wider than the text column. */
    wide: 'flag',
  },
  required: ['src', 'alt'],
  render({ src, alt, caption, credit, wide }, _children, context) {
    return context.picture({
      src: String(src),
      alt: String(alt),
      ...(typeof caption === 'string' ? { caption } : {}),
      ...(typeof credit === 'string' ? { credit } : {}),
      wide: wide === true,
      figure: true,
    });
  },
};
