import { expect } from '@playwright/test';
import { parseHTML } from 'linkedom';
import ogs from 'open-graph-scraper';

/** open-graph-scraper's URL rules, except that test servers on 127.0.0.1 and localhost have no TLD. */
const urlValidatorSettings = {
  allow_fragments: true,
  allow_protocol_relative_urls: false,
  allow_query_components: true,
  allow_trailing_dot: false,
  allow_underscores: false,
  protocols: ['http', 'https'],
  require_host: true,
  require_port: false,
  require_protocol: false,
  require_tld: false,
  require_valid_protocol: true,
  validate_length: true,
};

/** What a link-preview client (open-graph-scraper) makes of a URL, following redirects as crawlers do. */
export async function unfurl(url: string) {
  const { error, result, html } = await ogs({ url, timeout: 10, urlValidatorSettings });
  expect(error, JSON.stringify(result)).toBe(false);
  const { document } = parseHTML(html!);
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    image: result.ogImage?.map(({ url, width, height, type }) => ({ url, width, height, type })),
    url: result.ogUrl,
    type: result.ogType,
    twitterCard: result.twitterCard,
    canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href'),
  };
}
