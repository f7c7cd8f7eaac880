/** The crops of each article's hero photo, beside its page: the link-preview card and the search engines' shapes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../data/articles';
import { articlePreviewJpeg } from '../../../data/cards';
import { type HeroPhoto, heroPhoto } from '../../../data/hero';
import { PREVIEW_CROPS, type PreviewCrop } from '../../../lib/preview-images';

export const getStaticPaths = (async () => {
  const articles = await publishedArticles();
  return articles.flatMap((article) => {
    const photo = heroPhoto(article);
    if (!photo) return [];
    return PREVIEW_CROPS.map((crop) => ({
      params: { section: article.section.id, slug: article.entry.id, preview: crop.name },
      props: { photo, crop },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ photo: HeroPhoto; crop: PreviewCrop }> = async ({ props }) =>
  new Response(await articlePreviewJpeg(props.photo, props.crop));
