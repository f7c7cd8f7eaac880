/**
 * A made-up landscape photograph as a JPEG, for fixtures and generated
 * archives: a sky, a low sun, ridges of hills and a film grain, so it
 * compresses like a photo rather than like a flat graphic. The same
 * options always give the same bytes.
 */
import sharp from 'sharp';

/** Sky, sun and hill colours of a few times of day. */
const PALETTES = [
  { sky: ['#1d3b5a', '#e59a5c'], sun: '#ffe2a8', hills: ['#6b4a3a', '#4a3329', '#2b1d18'] },
  { sky: ['#6fa6d6', '#dfeaf2'], sun: '#fffbe8', hills: ['#7c8f5a', '#56683d', '#34421f'] },
  { sky: ['#2a2140', '#c26a6f'], sun: '#ffd0a0', hills: ['#5a4a66', '#3b3048', '#211a2b'] },
] as const;

/** A ridge across the picture, as an SVG path: a sum of waves, closed along the bottom. */
function ridge(width: number, height: number, base: number, amplitude: number, phase: number): string {
  const points: string[] = [];
  for (let step = 0; step <= 60; step += 1) {
    const x = (step / 60) * width;
    const t = step / 60;
    const y = base + amplitude * (Math.sin(t * 7 + phase) * 0.6 + Math.sin(t * 17 + phase * 2) * 0.3 + Math.sin(t * 41 + phase * 3) * 0.1);
    points.push(`${x.toFixed(1)},${(y * height).toFixed(1)}`);
  }
  return `M0,${height} L${points.join(' L')} L${width},${height} Z`;
}

export async function generatedPhoto({ width, height, seed = 0 }: { width: number; height: number; seed?: number }): Promise<Buffer> {
  const palette = PALETTES[seed % PALETTES.length]!;
  const sunX = width * (0.25 + ((seed * 37) % 50) / 100);
  const hills = palette.hills
    .map((colour, index) => `<path d="${ridge(width, height, 0.55 + index * 0.12, 0.08 - index * 0.015, seed + index * 1.7)}" fill="${colour}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="0.75" stop-color="${palette.sky[1]}"/></linearGradient>
      <radialGradient id="sun"><stop offset="0" stop-color="${palette.sun}"/><stop offset="0.35" stop-color="${palette.sun}" stop-opacity="0.8"/><stop offset="1" stop-color="${palette.sun}" stop-opacity="0"/></radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="${height * 0.5}" r="${height * 0.22}" fill="url(#sun)"/>
    ${hills}
  </svg>`;
  // Grain at a fraction of the picture's size, enlarged: a photo's noise is soft, not per pixel.
  const grainWidth = Math.max(1, Math.round(width / 2));
  const grainHeight = Math.max(1, Math.round(height / 2));
  const grain = await sharp({
    create: { width: grainWidth, height: grainHeight, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 24 } },
  })
    .resize(width, height)
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

if (import.meta.main) {
  const [file, width = '2400', height = '1600', seed = '0'] = process.argv.slice(2);
  if (!file) {
    console.error('Usage: node scripts/benchmarks/generated-photo.ts <file.jpg> [width] [height] [seed]');
    process.exit(2);
  }
  await sharp(await generatedPhoto({ width: Number(width), height: Number(height), seed: Number(seed) })).toFile(file);
}
