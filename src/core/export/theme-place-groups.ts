/**
 * The "theme, then place" grouping of an export: a heading per theme in codebook order, each followed
 * by its sub-themes' headings (公共安全 › 食品药品安全), then under each a heading per document, named
 * by its label (place · year · type, so 52 reports of one place stay apart), a place's documents
 * together. An annotation coded with a sub-theme is listed under the sub-theme only, not again under
 * its theme; codes the codebook does not know follow under their id, uncoded annotations last.
 */
import type { Annotation } from '../anchoring/types'
import { resolveThemeCode, type Codebook } from '../themes/types'
import { themeLabelsOf } from './theme-labels'
import { documentHeading } from './document-names'
import type { ExportDocument } from './types'

/** A heading of the export with its annotations, possibly split by a second level. */
export interface AnnotationGroup {
  title: string
  subgroups: { title: string; annotations: Annotation[] }[]
}

/** Group title for annotations without a theme. */
export const NO_THEME_TITLE = '未归类主题 (no theme)'

/** Joins a theme's and its sub-theme's names in a heading. */
const NESTING = ' › '

/** The group keys of one annotation: its most specific codes (a sub-theme stands for its theme). */
function groupKeys(a: Annotation, codebook: Codebook): string[] {
  const resolved = a.themes.map((code) => ({ code, found: resolveThemeCode(codebook, code) }))
  const withSub = new Set(resolved.flatMap((r) => (r.found?.subtheme ? [r.found.theme.id] : [])))
  const keys = resolved.flatMap(({ code, found }) => {
    if (!found) return [code]
    if (found.subtheme) return [`${found.theme.id}.${found.subtheme.id}`]
    return withSub.has(found.theme.id) ? [] : [found.theme.id]
  })
  return keys.length > 0 ? [...new Set(keys)] : ['']
}

/** `zh (en)` of a theme code; a sub-theme's names are nested in its theme's. */
function groupTitle(codebook: Codebook, key: string): string {
  if (key === '') return NO_THEME_TITLE
  const found = resolveThemeCode(codebook, key)
  if (!found) return key
  const { zh, en } = themeLabelsOf(codebook, key)
  const names = found.subtheme ? { zh: `${found.theme.labelZh}${NESTING}${zh}`, en: `${found.theme.labelEn}${NESTING}${en}` } : { zh, en }
  return names.zh === names.en ? names.zh : `${names.zh} (${names.en})`
}

/** Codebook order: each theme, then its sub-themes. */
function codebookOrder(codebook: Codebook): string[] {
  return codebook.themes.flatMap((t) => [t.id, ...(t.subthemes ?? []).map((s) => `${t.id}.${s.id}`)])
}

function push(map: Map<string, Annotation[]>, key: string, a: Annotation): void {
  const list = map.get(key)
  if (list) list.push(a)
  else map.set(key, [a])
}

/** One subgroup per document, headed by its label; a place's documents together, in first-seen order. */
function byDocument(annotations: Annotation[], docs: ReadonlyMap<string, ExportDocument>): AnnotationGroup['subgroups'] {
  const perDoc = new Map<string, Annotation[]>()
  for (const a of annotations) push(perDoc, a.documentId, a)
  const placeOf = (id: string): string => docs.get(id)?.metadata.place.trim() || `\u0000${id}`
  const places = [...new Set([...perDoc.keys()].map(placeOf))]
  return [...perDoc]
    .map(([id, list], seen) => ({ id, list, seen, place: places.indexOf(placeOf(id)) }))
    .sort((x, y) => x.place - y.place || x.seen - y.seen)
    .map(({ id, list }) => ({ title: documentHeading(docs.get(id)), annotations: list }))
}

/**
 * Groups `sorted` (already in the export's order) by theme and sub-theme, then by document.
 * An annotation with several codes appears under each of them.
 */
export function groupByThemeAndPlace(sorted: Annotation[], documents: readonly ExportDocument[], codebook: Codebook): AnnotationGroup[] {
  const docs = new Map(documents.map((d) => [d.id, d]))
  const byKey = new Map<string, Annotation[]>()
  for (const a of sorted) for (const key of groupKeys(a, codebook)) push(byKey, key, a)
  const known = codebookOrder(codebook)
  const order = [...known, ...[...byKey.keys()].filter((k) => k !== '' && !known.includes(k)), '']
  return order
    .filter((key) => byKey.has(key))
    .map((key) => ({ title: groupTitle(codebook, key), subgroups: byDocument(byKey.get(key) ?? [], docs) }))
}
