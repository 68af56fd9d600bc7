/**
 * The document map's model: per document, one segment per passage with its width as a share of the
 * text, its main theme (the passage's highest-scoring assigned theme) and its first words. Pure.
 * Gaps between passages (blank lines, debris) are not drawn: widths are shares of the text, so a
 * strip's segments add up to the passages' coverage and strips of different reports stay comparable.
 */
import type { ClassifiedPassage } from '../../../core/themes'

/** Characters of a passage shown on hover. */
export const FIRST_WORDS_CHARS = 24

export interface MapSegment {
  passageId: string
  start: number
  end: number
  /** Left edge and width as percentages of the text length (0–100). */
  left: number
  width: number
  /** Main theme id, or '' when the passage has none. */
  themeId: string
  /** The passage's first characters, whitespace collapsed. */
  words: string
}

/** Segments of one document; empty for an empty text. */
export function mapSegments(text: string, passages: readonly Pick<ClassifiedPassage, 'id' | 'start' | 'end' | 'themes'>[]): MapSegment[] {
  if (text.length === 0) return []
  const scale = 100 / text.length
  return passages.map((p) => ({
    passageId: p.id,
    start: p.start,
    end: p.end,
    left: p.start * scale,
    width: (p.end - p.start) * scale,
    themeId: p.themes[0] ?? '',
    words: text
      .slice(p.start, Math.min(p.end, p.start + FIRST_WORDS_CHARS * 2))
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, FIRST_WORDS_CHARS),
  }))
}

/** Theme ids in the order given that occur as a main theme in any of the segment lists (for the legend). */
export function usedThemes(themeIds: readonly string[], segmentLists: readonly (readonly MapSegment[])[]): string[] {
  const used = new Set<string>()
  for (const list of segmentLists) for (const s of list) if (s.themeId) used.add(s.themeId)
  return themeIds.filter((id) => used.has(id))
}
