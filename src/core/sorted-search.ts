/**
 * Binary search over sorted sequences: spans sorted by offset, blocks in document order. Every
 * "first index where …" search of the app goes through `partitionPoint`.
 */

/**
 * The first index in [0, length) at which `isBefore` is false (`length` when it never is). `isBefore`
 * must hold on a prefix only: true … true, false … false.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (isBefore(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first of `spans` (sorted, disjoint) ending after `offset`; `spans.length` when none does. */
export function firstEndingAfter(spans: readonly { end: number }[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i]!.end <= offset)
}

/** The one of `spans` (sorted, disjoint) with start ≤ offset < end; undefined when none holds `offset`. */
export function spanAt<S extends { start: number; end: number }>(spans: readonly S[], offset: number): S | undefined {
  const span = spans[firstEndingAfter(spans, offset)]
  return span && span.start <= offset ? span : undefined
}
