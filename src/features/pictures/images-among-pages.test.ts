import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { imagesAmongPages } from './images-among-pages.ts';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** A path of a route, as Astro's prerenderer lists it (only what the ordering reads). */
const path = (route: string, pathname: string) => ({ pathname, route: { route } }) as unknown as PathWithRoute;

/** Astro's own prerenderer, as far as the integration sees it: one that lists `paths`. */
function astroDefaultOver(paths: PathWithRoute[]): AstroPrerenderer {
  return { name: 'astro:default', setup: async () => {}, getStaticPaths: async () => paths, render: async () => new Response('') };
}

/** The prerenderer the integration makes of `astroDefault`. */
async function prerendererOver(astroDefault: AstroPrerenderer): Promise<AstroPrerenderer> {
  let made: AstroPrerenderer | undefined;
  const start = imagesAmongPages().hooks['astro:build:start'] as NonNullable<AstroIntegration['hooks']['astro:build:start']>;
  await start({
    logger: undefined as never,
    setPrerenderer: (prerenderer) => {
      made = typeof prerenderer === 'function' ? prerenderer(astroDefault) : prerenderer;
    },
  });
  return made!;
}

describe('imagesAmongPages', () => {
  it('lists the card and crop routes spread among the pages, which Astro sorts after them', async () => {
    const paths = [
      path('/[section]/[slug]/card.png', '/opinion/one/card.png'),
      path('/[section]/[slug]/card.png', '/opinion/two/card.png'),
      path('/[section]/[slug]/[preview].jpg', '/opinion/three/card.jpg'),
      path('/[section]/[slug]', '/opinion/one/'),
      path('/[section]/[slug]', '/opinion/two/'),
      path('/[section]/[slug]', '/opinion/three/'),
      path('/[...stub]', '/s/abcd/'),
      path('/[...stub]', '/s/efgh/'),
      path('/[...stub]', '/s/ijkl/'),
    ];
    const prerenderer = await prerendererOver(astroDefaultOver(paths));
    expect((await prerenderer.getStaticPaths()).map(({ pathname }) => pathname)).toEqual([
      '/opinion/one/card.png',
      '/opinion/one/',
      '/opinion/two/',
      '/opinion/two/card.png',
      '/opinion/three/',
      '/s/abcd/',
      '/opinion/three/card.jpg',
      '/s/efgh/',
      '/s/ijkl/',
    ]);
  });

  it("sets up and renders with Astro's own prerenderer", async () => {
    const astroDefault = astroDefaultOver([]);
    const prerenderer = await prerendererOver(astroDefault);
    expect(prerenderer.setup).toBe(astroDefault.setup);
    expect(prerenderer.render).toBe(astroDefault.render);
  });
});
