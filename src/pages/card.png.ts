/** The site's own social card. */
import type { APIRoute } from 'astro';
import { cardCacheDir, siteCardInput } from '../features/sharing/card-queries.ts';
import { cachedCard } from '../features/sharing/social-card.ts';

export const GET: APIRoute = async () => new Response((await cachedCard(siteCardInput, cardCacheDir)).png);
