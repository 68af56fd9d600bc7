/**
 * Maps used as bounded caches (worker results and the window's copies of them): entries leave in the
 * order they were set, so a caller that wants least-recently-used order deletes a key before setting it again.
 */

/** Sets `key` to `value`, dropping the oldest entry once `cache` holds more than `max`; returns `value`. */
export function remember<V>(cache: Map<string, V>, key: string, value: V, max: number): V {
  cache.set(key, value)
  if (cache.size > max) cache.delete(cache.keys().next().value as string)
  return value
}
