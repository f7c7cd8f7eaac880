import { cachedQrCodeSvg, qrCodeCacheFolder } from './qr-code';
import { buildPaths } from '../../settings';

/** Made codes are kept beside Astro's own cache, so an unchanged article's code is not made again. */
const qrCodeCacheDir = qrCodeCacheFolder(buildPaths.cacheDir);

/** The QR code a printed article ends with, as inline SVG. */
export async function printedQrCode(shortUrl: string): Promise<string> {
  return cachedQrCodeSvg(shortUrl, qrCodeCacheDir);
}
