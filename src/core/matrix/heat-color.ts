/**
 * The heatmap's colour scale: white for nothing, a deep blue for the largest value, through light
 * blues. One scale for the screen and the SVG export so both look the same. It deliberately
 * uses a single hue (not the theme colours): cells are compared by lightness, row by row.
 */

/** RGB of the empty and the full end of the scale. */
const EMPTY_RGB = [255, 255, 255] as const
const FULL_RGB = [31, 95, 170] as const
/** A non-zero value is at least this far along the scale, so one annotation is visibly not zero. */
const MIN_VISIBLE = 0.08
/** Past this point of the scale the cell's text switches to white to stay readable. */
const DARK_FROM = 0.55

/**
 * Position of `value` on a scale whose top is `max`, 0–1: 0 for zero (or when max ≤ 0), at least
 * MIN_VISIBLE for any positive value, 1 for max. Square-root scaled, because shares are skewed
 * (a few themes dominate a report) and a linear scale would leave most cells white.
 */
export function heatLevel(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0
  const level = Math.sqrt(Math.min(value, max) / max)
  return Math.max(MIN_VISIBLE, level)
}

/** Background colour of a cell at `level` (0–1) as `#rrggbb`. */
export function heatColor(level: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(level) ? level : 0))
  const channel = (i: 0 | 1 | 2): string =>
    Math.round(EMPTY_RGB[i] + (FULL_RGB[i] - EMPTY_RGB[i]) * t)
      .toString(16)
      .padStart(2, '0')
  return `#${channel(0)}${channel(1)}${channel(2)}`
}

/** Text colour readable on {@link heatColor}(level). */
export function heatTextColor(level: number): string {
  return level >= DARK_FROM ? '#ffffff' : '#1d2733'
}

/** A cell's share (0–1) as a percentage with one decimal, e.g. `12.5%`; `0` stays `0%`. */
export function formatShare(share: number): string {
  if (!(share > 0)) return '0%'
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`
}
