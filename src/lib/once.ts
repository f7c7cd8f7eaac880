/**
 * Wraps work whose answer is the same for the whole build (resolving the
 * articles, grouping listings): the first caller starts it, every later
 * caller gets the same promise.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
