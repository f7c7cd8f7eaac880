/** The crops of each article's hero photo, beside its page: the link-preview card and the search engines' shapes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../features/articles/article-queries.ts';
import { articlePreviewJpeg } from '../../../features/sharing/card-queries.ts';
import { type HeroPhoto, heroPhoto } from '../../../features/pictures/hero-queries.ts';
import { PREVIEW_CROPS, type PreviewCrop } from '../../../features/sharing/preview-images.ts';
import { cardKey } from '../../../features/build/route-keys.ts';

export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  const paths = await Promise.all(
    articles.map(async (article) => {
      const photo = heroPhoto(article);
      if (!photo) return [];
      const key = await cardKey(article);
      return PREVIEW_CROPS.map((crop) => ({
        params: { section: article.section.id, slug: article.entry.id, preview: crop.name },
        props: { photo, crop },
        cacheKey: key,
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ photo: HeroPhoto; crop: PreviewCrop }> = async ({ props }) => new Response(await articlePreviewJpeg(props.photo, props.crop));
