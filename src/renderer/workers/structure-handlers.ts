/**
 * The analysis worker's structure calls (served beside analysis-handlers.ts): a text's structure, the
 * outlines an export labels sections with, and the spans "code all hits" annotates, all from the one
 * structure cache (analysis-structure.ts) and the one classification.
 */
import { spansToCode, type CodeScope, type CodeSpan, type DocSpan } from '../../core/concordance'
import type { DocumentStructure, OutlineNode } from '../../core/structure/types'
import type { Codebook } from '../../core/themes'
import { analysisHandlers, type AnalysisDocInput } from './analysis-handlers'
import { structureOf, type StructureInput } from './analysis-structure'
import { checkpoint } from './checkpoint'
import type { RpcContext } from './rpc'

/** Parameters of `codeSpans`: the hits to code, their documents, and the codebook that cuts passages. */
export interface CodeSpansParams {
  hits: DocSpan[]
  scope: CodeScope
  docs: (AnalysisDocInput & StructureInput)[]
  codebook: Codebook
  codebookKey: string
}

export const structureHandlers = {
  /** The outline, paragraphs and sentences of a text. */
  structure: (doc: StructureInput): DocumentStructure => structureOf(doc),

  /** The outline of each document, in order (what an export's section labels need). */
  outlines: async (docs: StructureInput[], ctx: RpcContext): Promise<OutlineNode[][]> => {
    const out: OutlineNode[][] = []
    for (const doc of docs) {
      await checkpoint(ctx)
      out.push(structureOf(doc).outline)
    }
    return out
  },

  /**
   * The distinct spans that coding `hits` in `scope` annotates: the hit itself, its sentence, or its
   * passage as the analysis cuts it under the codebook (classified and cached like `analyse`).
   */
  codeSpans: async (params: CodeSpansParams, ctx: RpcContext): Promise<CodeSpan[]> => {
    const hitDocs = new Set(params.hits.map((h) => h.docId))
    const docs = params.docs.filter((d) => hitDocs.has(d.id))
    const units = new Map<string, readonly { start: number; end: number }[]>()
    if (params.scope === 'passage') {
      for (const doc of await analysisHandlers.analyse({ ...params, docs }, ctx)) units.set(doc.id, doc.passages)
    } else if (params.scope === 'sentence') {
      for (const doc of docs) units.set(doc.id, structureOf(doc).sentences)
    }
    return spansToCode(params.hits, params.scope, (docId) => units.get(docId) ?? [])
  },
}

export type StructureHandlers = typeof structureHandlers
