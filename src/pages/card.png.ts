/** The site's own social card. */
import type { APIRoute } from 'astro';
import { cardCacheDir, siteCardInput } from '../features/sharing/card-queries';
import { cachedCard } from '../features/sharing/social-card';

export const GET: APIRoute = async () => new Response((await cachedCard(siteCardInput, cardCacheDir)).png);
