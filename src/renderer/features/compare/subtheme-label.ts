/**
 * The heading of a sub-theme in the lanes, read from the codebook: its label in the UI language when
 * the theme lists it, else the id's last part; no sub-theme at all is "other passages of the theme".
 * Reads sub-themes defensively: codebooks saved before sub-themes have none.
 */
import type { Theme } from '../../../core/themes'

interface SubthemeLike {
  id: string
  labelZh?: string
  labelEn?: string
}

/** The theme's sub-themes as listed in the codebook (none for a flat codebook). */
export function subthemesOf(theme: Theme | undefined): SubthemeLike[] {
  const list = (theme as { subthemes?: unknown } | undefined)?.subthemes
  return Array.isArray(list) ? (list as SubthemeLike[]).filter((s) => typeof s?.id === 'string') : []
}

/** Full sub-theme ids ("<theme>.<sub>") in codebook order. */
export function subthemeOrder(theme: Theme | undefined): string[] {
  return subthemesOf(theme).map((s) => (s.id.includes('.') ? s.id : `${theme?.id ?? ''}.${s.id}`))
}

/** The label of sub-theme `id` ("<theme>.<sub>") of `theme`; `fallback` for undefined. */
export function subthemeLabel(theme: Theme | undefined, id: string | undefined, locale: string, fallback: string): string {
  if (id === undefined) return fallback
  const tail = id.slice(id.indexOf('.') + 1)
  const sub = subthemesOf(theme).find((s) => s.id === id || s.id === tail)
  const label = locale === 'zh' ? sub?.labelZh || sub?.labelEn : sub?.labelEn || sub?.labelZh
  return label || tail
}
