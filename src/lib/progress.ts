/** How often a long step says how far it is: often enough to show it is alive, rarely enough to keep a build's log short. */
export const PROGRESS_INTERVAL_MS = 10_000;

/** Says `line()` every `PROGRESS_INTERVAL_MS`, unless it has nothing to say, until the returned function is called. */
export function reportProgress(say: (line: string) => void, line: () => string | undefined): () => void {
  const timer = setInterval(() => {
    const said = line();
    if (said !== undefined) say(said);
  }, PROGRESS_INTERVAL_MS);
  return () => clearInterval(timer);
}
