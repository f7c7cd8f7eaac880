/** The site's own social card. */
import type { APIRoute } from 'astro';
import { cardCacheDir, siteCardInput } from '../data/cards';
import { cachedCard } from '../lib/social-card';

export const GET: APIRoute = async () => new Response((await cachedCard(siteCardInput, cardCacheDir)).png);
