import { cachePath } from '../../lib/cache-folders.ts';
import { cachedQrCodeSvg } from './qr-code.ts';
import { buildPaths } from '../../settings.ts';

/** Made codes are kept beside Astro's own cache, so an unchanged article's code is not made again. */
const qrCodeCacheDir = cachePath(buildPaths.cacheDir, 'qrCodes');

/** The QR code a printed article ends with, as inline SVG. */
export async function printedQrCode(shortUrl: string): Promise<string> {
  return cachedQrCodeSvg(shortUrl, qrCodeCacheDir);
}
