/**
 * Arranges annotations for an export: order (document position, creation or update time), grouping
 * (document › section, theme › place (theme-place-groups), tag, colour) and the citation of each quote (place, year, title,
 * outline section, character range). Shared by the Markdown writer and the CSV columns. It does not
 * filter: the caller passes the annotations of the chosen scope.
 */
import type { Annotation } from '../anchoring/types'
import type { OutlineNode } from '../structure/types'
import type { ExportDocument, ExportInput, ExportOptions } from './types'
import { documentHeading, documentTitle } from './document-names'
import { groupByThemeAndPlace, type AnnotationGroup } from './theme-place-groups'

/** How many levels of the outline path a citation shows (deepest last), e.g. `（三）… › 12.`. */
const SECTION_LEVELS_SHOWN = 2
const SECTION_SEPARATOR = ' › '

/** Group title for annotations without a tag. */
export const NO_TAG_TITLE = '无标签 (no tag)'
/**
 * What an orphan's citation and section say instead of a place in the text: its stored position points
 * at other text (or none), so naming the section there would cite the quote wrongly.
 */
export const NOT_FOUND_LABEL = '原文中未找到 (quote not found in the text)'

/** The outline nodes whose section contains UTF-16 offset `offset`, outermost first. */
export function sectionPath(outline: OutlineNode[] | undefined, offset: number): OutlineNode[] {
  const path: OutlineNode[] = []
  let level = outline ?? []
  for (;;) {
    const hit = level.find((n) => n.section.start <= offset && offset < n.section.end)
    if (!hit) return path
    path.push(hit)
    level = hit.children
  }
}

/** The section label of a quote starting at `offset`: the deepest headings, label + title; '' if none. */
export function sectionLabel(outline: OutlineNode[] | undefined, offset: number): string {
  return sectionPath(outline, offset)
    .slice(-SECTION_LEVELS_SHOWN)
    .map((n) => `${n.label}${n.title}`.trim())
    .filter((s) => s !== '')
    .join(SECTION_SEPARATOR)
}

/** The outline section an annotation stands in ('' if none); NOT_FOUND_LABEL for an orphan. */
export function annotationSection(doc: ExportDocument | undefined, a: Annotation): string {
  return a.anchorStatus === 'orphan' ? NOT_FOUND_LABEL : sectionLabel(doc?.outline, a.position.start)
}

/**
 * The citation fields of an annotation, empty ones left out: place, year, title, section and the
 * character range (UTF-16 offsets); an orphan has no section or range, only NOT_FOUND_LABEL.
 */
export function citationParts(doc: ExportDocument | undefined, a: Annotation): string[] {
  const parts = [
    doc?.metadata.place ?? '',
    doc?.metadata.year !== undefined ? String(doc.metadata.year) : '',
    documentTitle(doc),
    annotationSection(doc, a),
    a.anchorStatus === 'orphan' ? '' : `chars ${a.position.start}–${a.position.end}`,
  ]
  return parts.filter((p) => p !== '')
}

/** Sorts a copy of `annotations` by the chosen order; ties fall back to document then position then id. */
export function sortAnnotations(annotations: Annotation[], order: ExportOptions['order'], documents: ExportDocument[]): Annotation[] {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]))
  const byPosition = (a: Annotation, b: Annotation): number =>
    (docIndex.get(a.documentId) ?? Infinity) - (docIndex.get(b.documentId) ?? Infinity) ||
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const byTime =
    (key: 'created' | 'updated') =>
    (a: Annotation, b: Annotation): number =>
      (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) || byPosition(a, b)
  const compare = order === 'document' ? byPosition : byTime(order)
  return [...annotations].sort(compare)
}

/** Splits sorted annotations into keyed buckets, keeping first-seen order of keys. */
function bucket<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = out.get(key)
      if (list) list.push(item)
      else out.set(key, [item])
    }
  }
  return out
}

/**
 * Groups the annotations for headings. An annotation with several themes (or tags) appears under each
 * of them in theme/tag grouping. Group order: documents as given, themes as in the codebook, tags and
 * colours in first-seen order.
 */
export function groupAnnotations(input: ExportInput, options: ExportOptions): AnnotationGroup[] {
  const sorted = sortAnnotations(input.annotations, options.order, input.documents)
  const docs = new Map(input.documents.map((d) => [d.id, d]))
  const single = (title: string, annotations: Annotation[]): AnnotationGroup => ({ title, subgroups: [{ title: '', annotations }] })

  switch (options.grouping) {
    case 'document-section': {
      const byDoc = bucket(sorted, (a) => [a.documentId])
      const docOrder = [...input.documents.map((d) => d.id), ...[...byDoc.keys()].filter((k) => !docs.has(k))]
      return docOrder
        .filter((id) => byDoc.has(id))
        .map((id) => {
          const doc = docs.get(id)
          const bySection = bucket(byDoc.get(id) ?? [], (a) => [annotationSection(doc, a)])
          return { title: documentHeading(doc), subgroups: [...bySection].map(([title, annotations]) => ({ title, annotations })) }
        })
    }
    case 'theme-place':
      return groupByThemeAndPlace(sorted, input.documents, input.codebook)
    case 'tag': {
      const byTag = bucket(sorted, (a) => (a.tags.length > 0 ? a.tags : ['']))
      const tagged = [...byTag].filter(([k]) => k !== '').map(([k, v]) => single(k, v))
      const untagged = byTag.get('')
      return untagged ? [...tagged, single(NO_TAG_TITLE, untagged)] : tagged
    }
    case 'color':
      return [...bucket(sorted, (a) => [a.color])].map(([k, v]) => single(k, v))
  }
}
