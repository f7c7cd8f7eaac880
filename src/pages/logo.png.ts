/**
 * The publication's logo for structured data: the site's icon drawn as a
 * square PNG, since search engines ask for a raster logo of at least 112 px.
 * Read from the project's root, where every build runs.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { LOGO_SIZE } from '../features/page-head/logo.ts';

export const GET: APIRoute = async () => {
  const icon = await readFile(resolve('public/favicon.svg'));
  const png = await sharp(icon, { density: 72 * (LOGO_SIZE / 32) })
    .resize(LOGO_SIZE, LOGO_SIZE)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png));
};
