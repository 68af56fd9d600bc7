/**
 * What term matching needs of a codebook, stated structurally so that matching sits below the themes:
 * a codebook (themes/types.ts) is a `TermLists` without conversion.
 */

/** A term and its evidence weight (0: an excluded phrase that only hides shorter terms inside it). */
export interface WeightedTerm {
  term: string
  weight: number
}

/**
 * Term lists to match, one per theme, in the order that theme indexes in matches refer to; a theme
 * may hold sub-lists (its sub-themes), matched separately.
 */
export interface TermLists {
  themes: readonly { id: string; terms: readonly WeightedTerm[]; subthemes?: readonly { id: string; terms: readonly WeightedTerm[] }[] }[]
}
