// Nests heading candidates into an outline tree. Kinds nest in their conventional order (一、 outside
// （一） outside 1. outside （1）, with lead phrases and 一是 items innermost), so an excerpt that starts
// at （九） or at a lead phrase still nests correctly; a node's depth is its actual nesting level.
// A section runs from its heading to the next heading that is not inside it, or the end of the text.

import { KIND_RANK } from './heading-patterns'
import type { HeadingCandidate } from './find-headings'
import type { OutlineNode } from './types'

/**
 * Nesting rank of a heading. A 一是 run whose first item opens its own paragraph is a sibling of lead
 * phrases (——经济总体回升向好。 … 一是加大宏观调控力度。); begun inline it belongs inside the
 * paragraph's lead, later items included.
 */
function rankOf(h: Pick<HeadingCandidate, 'kind' | 'opensParagraph' | 'runOpensParagraph'>): number {
  return h.kind === 'cn-shi' && (h.runOpensParagraph ?? h.opensParagraph) ? KIND_RANK.lead : KIND_RANK[h.kind]
}

/** Moves `end` back over whitespace so a section does not end with the line break before the next heading. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s\u3000\u00a0]/.test(text[e - 1]!)) e--
  return e
}

/**
 * The outline tree of `text` from its headings (in document order). Node ids are `o<heading start>`,
 * stable as long as the text is. Offsets are UTF-16 code units. No headings give [].
 */
export function parseOutline(text: string, headings: readonly HeadingCandidate[]): OutlineNode[] {
  const roots: OutlineNode[] = []
  const stack: { node: OutlineNode; rank: number }[] = []
  const close = (node: OutlineNode, end: number): void => {
    node.section.end = trimEnd(text, node.section.start, end)
  }
  for (const h of headings) {
    const rank = rankOf(h)
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) close(stack.pop()!.node, h.heading.start)
    const node: OutlineNode = {
      id: `o${h.heading.start}`,
      kind: h.kind,
      depth: stack.length,
      label: h.label,
      title: h.title,
      heading: { ...h.heading },
      section: { start: h.heading.start, end: text.length },
      children: [],
    }
    ;(stack.length > 0 ? stack[stack.length - 1]!.node.children : roots).push(node)
    stack.push({ node, rank })
  }
  while (stack.length > 0) close(stack.pop()!.node, text.length)
  return roots
}
