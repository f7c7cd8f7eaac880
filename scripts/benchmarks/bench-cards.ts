/**
 * Times social-card drawing: each card drawn cold, then fetched from the
 * cache, as a build of unchanged articles does. Figures vary with the
 * machine and whatever else it is doing; they are for comparison, not for
 * pass or fail.
 *
 * Usage: npm run bench:cards [-- <number of cards>]   (default 20)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CardInput, cachedCard } from '../../src/features/sharing/social-card.ts';

const count = Number(process.argv[2] ?? 20);
const headlines = [
  'The Pakistan-Afghan Taliban duel has revealed irreparable cracks',
  'Why the Gulf is betting on sodium batteries',
  'صراع باكستان وطالبان الأفغانية كشف عن شروخ لا يمكن إصلاحها',
  'A short one',
  'After forty years of promises, the river towns ask who will pay for the floods that come every spring now',
];
const cards: CardInput[] = Array.from({ length: count }, (_, i) => {
  const title = `${headlines[i % headlines.length]} ${i + 1}`;
  return { title, kicker: 'Opinion', byline: 'Owais Tohid', publication: 'Arab News', dir: /[\u0600-\u06ff]/.test(title) ? 'rtl' : 'ltr' };
});

async function pass(cacheDir: string): Promise<number[]> {
  const times: number[] = [];
  for (const card of cards) {
    const start = performance.now();
    await cachedCard(card, cacheDir);
    times.push(performance.now() - start);
  }
  return times;
}

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `${label}: ${times.length} cards, ${mean.toFixed(1)} ms per card on average (median ${median.toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms)`;
}

const cacheDir = await mkdtemp(join(tmpdir(), 'longread-bench-cards-'));
try {
  const drawn = await pass(cacheDir);
  drawn.forEach((ms, i) => console.log(`  drawn  ${ms.toFixed(1).padStart(7)} ms  ${cards[i]!.title}`));
  const reused = await pass(cacheDir);
  console.log(summary('drawn', drawn));
  console.log(summary('reused from the cache', reused));
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
