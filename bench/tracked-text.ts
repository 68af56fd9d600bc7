/**
 * The anchoring benchmark's ground truth: a text edited in place that remembers where every original
 * character went, so after any edit the true new range of an annotation is known (or that it is gone).
 * Also the benchmark's seeded random numbers, so every run measures the same cases.
 */
import { createRandom } from '../tests/fixtures/random'

/** A quote with less than this share of its characters left is "gone" in the ground truth. */
export const GONE_BELOW = 0.5

interface Cell {
  ch: string
  /** Offset in the original text; -1 for inserted characters. */
  origin: number
}

/** A half-open range in UTF-16 code units. */
export interface Span {
  start: number
  end: number
}

/** A text under edit; offsets passed to its methods refer to the text as it is now. */
export class TrackedText {
  private cells: Cell[]
  constructor(readonly original: string) {
    this.cells = Array.from(original, (ch, i) => ({ ch, origin: i }))
  }

  get length(): number {
    return this.cells.length
  }

  charAt(i: number): string {
    return this.cells[i]?.ch ?? ''
  }

  /** The text as it is now. */
  text(): string {
    return this.cells.map((c) => c.ch).join('')
  }

  insert(at: number, s: string): void {
    this.cells.splice(at, 0, ...Array.from(s, (ch) => ({ ch, origin: -1 })))
  }

  remove(start: number, end: number): void {
    this.cells.splice(start, end - start)
  }

  /** Replaces [start, end) with `s`: new characters, the old ones gone. */
  replace(start: number, end: number, s: string): void {
    this.cells.splice(start, end - start, ...Array.from(s, (ch) => ({ ch, origin: -1 })))
  }

  /** Re-types one character (a punctuation width flip): the same character, still at its origin. */
  retype(at: number, ch: string): void {
    this.cells[at] = { ch, origin: this.cells[at].origin }
  }

  /**
   * Where each original span stands now: from the first to the last of its surviving characters, or
   * undefined when fewer than GONE_BELOW of them survive.
   */
  truth(spans: readonly Span[]): (Span | undefined)[] {
    const at = new Int32Array(this.original.length).fill(-1)
    this.cells.forEach((c, k) => {
      if (c.origin >= 0) at[c.origin] = k
    })
    return spans.map(({ start, end }) => {
      let first = -1
      let last = -1
      let kept = 0
      for (let i = start; i < end; i++) {
        if (at[i] < 0) continue
        kept++
        if (first < 0) first = at[i]
        last = at[i]
      }
      return kept < GONE_BELOW * (end - start) ? undefined : { start: first, end: last + 1 }
    })
  }
}

/** mulberry32, seeded: deterministic draws. */
export function seededRandom(seed: number): { random(): number; randInt(lo: number, hi: number): number } {
  const random = createRandom(seed)
  return { random, randInt: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)) }
}
