/** What one benchmarked build measured. */
export interface Build {
  seconds: number;
  peakMegabytes: number;
  /** Article bodies the build rendered, as it printed them. */
  rendered: number;
  /** Routes Astro rendered, as it printed them. */
  routes: number;
  /** Files of the output folder added, changed or removed since the build before (all of them for a cold build). */
  filesChanged: number;
  /** Lines the build printed. */
  logLines: number;
}

/** The middle value (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The summary row of one kind of build of `articles` articles over its
 * rounds: median seconds and per article, median peak and per article,
 * the highest peak, and the medians of what it rendered, changed and
 * printed.
 */
export function summaryCells(articles: number, state: string, runs: readonly Build[]): (string | number)[] {
  const seconds = median(runs.map((run) => run.seconds));
  const peak = median(runs.map((run) => run.peakMegabytes));
  return [
    articles,
    state,
    seconds.toFixed(1),
    ((seconds * 1000) / articles).toFixed(1),
    peak.toFixed(0),
    (peak / articles).toFixed(3),
    Math.max(...runs.map((run) => run.peakMegabytes)).toFixed(0),
    median(runs.map((run) => run.rendered)),
    median(runs.map((run) => run.routes)),
    median(runs.map((run) => run.filesChanged)),
    median(runs.map((run) => run.logLines)),
  ];
}
