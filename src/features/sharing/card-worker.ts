/**
 * A worker thread that draws social cards into the card cache. A card is
 * pixels painted in JavaScript and text laid out by Pango: drawn on the
 * thread that renders pages, it held that thread for most of a cold build
 * of a large archive, so the card routes hand drawing to these workers,
 * one per core (src/features/sharing/card-queries.ts). Plain Node runs it (it is started by
 * path, outside Vite), which is why what it imports names each file.
 */
import sharp from 'sharp';
import { serveWorkerJobs } from '../../lib/worker-pool.ts';
import { type CardInput, drawIntoCache } from './social-card.ts';

// Each card is drawn once: libvips's cache of operations would only hold memory.
sharp.cache(false);

/** A card to draw and the cache file to keep it as. */
export interface CardJob {
  card: CardInput;
  file: string;
}

/** The card's PNG bytes, or why it could not be drawn. */
export interface CardAnswer {
  png?: Uint8Array;
  error?: string;
}

serveWorkerJobs(async ({ card, file }: CardJob): Promise<CardAnswer> => ({ png: await drawIntoCache(card, file) }));
