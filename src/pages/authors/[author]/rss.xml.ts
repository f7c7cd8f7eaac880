import type { APIContext } from 'astro';
import { feedResponse, feedTitle } from '../../../features/feeds/feed-queries.ts';
import { authorsWithArticles } from '../../../features/listings/listing-queries.ts';
import { authorPath } from '../../../lib/paths.ts';

export async function getStaticPaths() {
  return (await authorsWithArticles()).map(({ author, articles }) => ({
    params: { author: author.id },
    props: { name: author.data.name, articles },
  }));
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export function GET({ params, props }: APIContext<Props>) {
  return feedResponse({
    title: feedTitle(props.name),
    description: `Articles by ${props.name}.`,
    listingPath: authorPath(params.author!),
    articles: props.articles,
  });
}
