/**
 * Components an article body may use, by the name written in MDX. The
 * article route passes exactly these; the content rules refuse any other
 * capitalised tag at build time, naming the file and line, instead of
 * failing half-way through rendering.
 */
export const ARTICLE_COMPONENTS = ['PullQuote'] as const;

export type ArticleComponentName = (typeof ARTICLE_COMPONENTS)[number];
