/**
 * The themes an annotation can be tagged with: the user's codebook (the codebook feature's hook,
 * which stands in the built-in codebook until the stored one is read). The one place that decides
 * where annotation themes come from.
 */
import type { Theme } from '../../../core/themes'
import { useCodebook } from '../codebook'

/** The codebook's themes, in display order. */
export function useThemes(): readonly Theme[] {
  return useCodebook().codebook.themes
}
