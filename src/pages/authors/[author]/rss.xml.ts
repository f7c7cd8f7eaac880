import type { APIContext } from 'astro';
import { feedResponse, feedTitle } from '../../../data/feeds';
import { authorsWithArticles } from '../../../data/listings';
import { authorPath } from '../../../lib/paths';

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
