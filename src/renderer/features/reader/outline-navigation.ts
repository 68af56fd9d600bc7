/**
 * Pure helpers over a document's outline for the reader: a flat list in document order with
 * parents, the section at a text offset, and the matching section in another document (for
 * "sync by section"). Offsets are UTF-16 code units of the document text.
 */
import { partitionPoint } from '../../../core/sorted-search'
import type { OutlineNode } from '../../../core/structure/types'

/** An outline node with its position in the flat list and its parent's index (-1 at top level). */
export interface FlatNode {
  node: OutlineNode
  parent: number
}

/** The outline in document order (pre-order), each with its parent's index. */
export function flattenOutline(outline: readonly OutlineNode[]): FlatNode[] {
  const out: FlatNode[] = []
  const visit = (nodes: readonly OutlineNode[], parent: number): void => {
    for (const node of nodes) {
      const index = out.push({ node, parent }) - 1
      visit(node.children, index)
    }
  }
  visit(outline, -1)
  return out
}

/**
 * Index of the innermost section that holds `offset`: the last heading at or before it whose
 * section has not ended; -1 before the first heading.
 */
export function sectionAt(flat: readonly FlatNode[], offset: number): number {
  const after = partitionPoint(flat.length, (i) => flat[i].node.heading.start <= offset)
  for (let i = after - 1; i >= 0; i = flat[i].parent) {
    if (flat[i].node.section.end > offset) return i
  }
  return -1
}

/** The chain from `index` up to its top-level ancestor. */
export function ancestry(flat: readonly FlatNode[], index: number): OutlineNode[] {
  const chain: OutlineNode[] = []
  for (let i = index; i >= 0; i = flat[i].parent) chain.push(flat[i].node)
  return chain
}

// Punctuation and spaces differ between reports ("，" vs ","); titles compare without them.
const TITLE_NOISE = /[\s\p{P}\p{S}]/gu
/** Kinds whose labels identify a section across documents (一是/lead phrases repeat everywhere). */
const LABELLED_KINDS = new Set(['cn-top', 'cn-paren', 'arabic', 'arabic-paren'])

/** A title reduced for comparison (no punctuation or spaces). */
export function normaliseTitle(title: string): string {
  return title.replace(TITLE_NOISE, '')
}

/** A label reduced for comparison: full-width brackets and dots as half-width, no spaces. */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[．.、]/g, '.')
    .replace(/\s/g, '')
}

/** The labels of a chain of numbered headings, outermost first (二、/（三） for （三） under 二、); lead phrases and 一是 items are skipped. */
function labelPath(chain: readonly OutlineNode[]): string[] {
  return chain
    .filter((node) => LABELLED_KINDS.has(node.kind) && node.label)
    .map((node) => `${node.kind}:${normaliseLabel(node.label)}`)
    .reverse()
}

/**
 * The index in `target` of the section that corresponds to `chain` (a node and its ancestors, innermost
 * first, from another document): first the same title at any depth (innermost source node first), then
 * the same path of labels (（三） under 二、 goes to （三） under 二、, not to the first （三）), then the
 * same label and kind anywhere; -1 when nothing matches.
 */
export function matchSection(target: readonly FlatNode[], chain: readonly OutlineNode[]): number {
  for (const source of chain) {
    const title = normaliseTitle(source.title)
    if (!title) continue
    const index = target.findIndex((flat) => normaliseTitle(flat.node.title) === title)
    if (index >= 0) return index
  }
  const targetPaths = target.map((_, i) => labelPath(ancestry(target, i)).join('/'))
  for (let from = 0; from < chain.length; from++) {
    const labels = labelPath(chain.slice(from))
    if (labels.length < 2) break
    const path = labels.join('/')
    const index = targetPaths.findIndex((p, i) => p === path && LABELLED_KINDS.has(target[i].node.kind))
    if (index >= 0) return index
  }
  for (const source of chain) {
    if (!LABELLED_KINDS.has(source.kind) || !source.label) continue
    const label = normaliseLabel(source.label)
    const index = target.findIndex((flat) => flat.node.kind === source.kind && normaliseLabel(flat.node.label) === label)
    if (index >= 0) return index
  }
  return -1
}
