import type { AstroIntegration } from 'astro';
import { interleave } from '../../lib/interleave.ts';

/** Routes whose work is done off Astro's thread: social cards in the card workers, hero crops in libvips's threads. */
const IMAGE_ROUTE = /\.(png|jpg)$/;

/**
 * Renders the image routes spread among the pages, not all before them.
 * Astro renders paths in the order of its routes, a few at a time
 * (`build.concurrency`), and sorts the cards' routes (three segments)
 * before the articles' (two): so the card workers had both cores while the
 * pages waited, then the pages had one core while the other idled. Spread
 * among the pages, the cards are drawn while Astro's thread renders pages
 * (docs/decisions/0014-the-build-spreads-work-over-the-cores.md).
 */
export function imagesAmongPages(): AstroIntegration {
  return {
    name: 'longread:images-among-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault) => ({
          ...astroDefault,
          name: 'longread:images-among-pages',
          getStaticPaths: async () => interleave(await astroDefault.getStaticPaths(), ({ route }) => IMAGE_ROUTE.test(route.route)),
        }));
      },
    },
  };
}
