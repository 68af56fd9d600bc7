/**
 * The matrix as a standalone SVG image (for reports and slides): theme labels down the left, document
 * labels slanted across the top, one heat-coloured square per cell with its value. Every piece of
 * text is XML-escaped and theme colours are checked, because labels come from users' files and
 * codebooks. Text widths are estimated (no font metrics in core): CJK characters count a full em.
 * It does not embed fonts; viewers fall back to their own CJK fonts.
 */
import { formatShare, heatColor, heatLevel, heatTextColor } from './heat-color'
import { xmlAttr } from '../text/escape-xml'
import type { MatrixMode, ThemeMatrix } from './types'

const CELL = 56
const FONT_SIZE = 13
const PADDING = 12
/** Document labels are slanted so long place names fit over narrow columns. */
const HEADER_ANGLE_DEG = -40
const HEADER_HEIGHT_MIN = 40
const SWATCH = 10
const TITLE_HEIGHT = 24
/** Estimated width of a non-CJK character, in ems. */
const NARROW_EM = 0.6
const FALLBACK_COLOR = '#999999'

export interface MatrixSvgOptions {
  mode: MatrixMode
  /** A line above the matrix; omitted when empty. */
  title?: string
}

/** Accepts `#rgb`, `#rrggbb`, `#rrggbbaa` and plain colour names; anything else becomes a neutral grey. */
function safeColor(color: string): string {
  return /^#[0-9a-f]{3}([0-9a-f]{3}([0-9a-f]{2})?)?$/i.test(color) || /^[a-z]{3,20}$/i.test(color) ? color : FALLBACK_COLOR
}

/** Estimated rendered width of `text` at `size` px (full em for CJK and full-width forms). */
export function estimateTextWidth(text: string, size = FONT_SIZE): number {
  let ems = 0
  for (const ch of text) ems += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{3134f}]/u.test(ch) ? 1 : NARROW_EM
  return ems * size
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** Renders `matrix` in `mode` as an SVG document string (UTF-8 text, starts with `<svg`). */
export function toMatrixSvg(matrix: ThemeMatrix, options: MatrixSvgOptions): string {
  const max = options.mode === 'share' ? matrix.maxShare : matrix.maxCount
  const labelWidth = Math.max(0, ...matrix.themes.map((t) => estimateTextWidth(t.label))) + SWATCH + PADDING
  const rad = (Math.abs(HEADER_ANGLE_DEG) * Math.PI) / 180
  const longestDoc = Math.max(0, ...matrix.documents.map((d) => estimateTextWidth(d.label)))
  const headerHeight = Math.max(HEADER_HEIGHT_MIN, longestDoc * Math.sin(rad) + PADDING)
  const titleHeight = options.title ? TITLE_HEIGHT : 0
  const left = PADDING + labelWidth
  const top = PADDING + titleHeight + headerHeight
  // The slanted labels lean right past the last column by their horizontal extent.
  const width = round(left + matrix.documents.length * CELL + longestDoc * Math.cos(rad) + PADDING)
  const height = round(top + matrix.themes.length * CELL + PADDING)
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="${FONT_SIZE}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ]
  if (options.title) parts.push(`<text x="${PADDING}" y="${PADDING + FONT_SIZE}" font-weight="bold">${xmlAttr(options.title)}</text>`)
  matrix.documents.forEach((doc, c) => {
    const x = round(left + c * CELL + CELL / 2)
    const y = round(top - PADDING / 2)
    parts.push(`<text x="${x}" y="${y}" transform="rotate(${HEADER_ANGLE_DEG} ${x} ${y})">${xmlAttr(doc.label)}</text>`)
  })
  matrix.themes.forEach((theme, r) => {
    const y = top + r * CELL
    parts.push(
      `<rect x="${PADDING}" y="${round(y + CELL / 2 - SWATCH / 2)}" width="${SWATCH}" height="${SWATCH}" fill="${safeColor(theme.color)}"/>`,
    )
    parts.push(`<text x="${PADDING + SWATCH + 4}" y="${round(y + CELL / 2 + FONT_SIZE / 3)}">${xmlAttr(theme.label)}</text>`)
    matrix.cells[r]!.forEach((cell, c) => {
      const value = options.mode === 'share' ? cell.share : cell.count
      const level = heatLevel(value, max)
      const x = left + c * CELL
      const label = options.mode === 'share' ? formatShare(cell.share) : String(cell.count)
      parts.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${heatColor(level)}" stroke="#d0d7de"/>`)
      parts.push(
        `<text x="${x + CELL / 2}" y="${round(y + CELL / 2 + FONT_SIZE / 3)}" text-anchor="middle" fill="${heatTextColor(level)}">${xmlAttr(label)}</text>`,
      )
    })
  })
  parts.push('</svg>')
  return parts.join('\n') + '\n'
}
