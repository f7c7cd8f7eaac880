import type { APIContext } from 'astro';
import { feedResponse, feedTitle } from '../../features/feeds/feed-queries.ts';
import { sectionsWithArticles } from '../../features/listings/listing-queries.ts';
import { sectionPath } from '../../lib/paths.ts';

export async function getStaticPaths() {
  return (await sectionsWithArticles()).map(({ section, articles }) => ({
    params: { section: section.id },
    props: { name: section.data.name, description: section.data.description, articles },
  }));
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export function GET({ params, props }: APIContext<Props>) {
  return feedResponse({
    title: feedTitle(props.name),
    description: props.description,
    listingPath: sectionPath(params.section!),
    articles: props.articles,
  });
}
