/**
 * The analysis worker owns document structure: each text is parsed once per text hash, here, and the
 * same structure feeds classification (analysis-handlers.ts), the reader's outline, the export's
 * section labels and the concordance's "code the sentence / passage" spans. The other workers never
 * parse: the window asks this worker (structure-handlers.ts) and hands them the result.
 */
import { parseStructure } from '../../core/structure'
import type { DocumentStructure } from '../../core/structure/types'
import { remember } from './bounded-cache'

/** A text to parse: its hash (the stored hashText) names the version, so equal texts share one parse. */
export interface StructureInput {
  textHash: string
  text: string
}

/** Structures kept (least recently used dropped): the open documents and a classification run's recent ones. */
export const MAX_CACHED_STRUCTURES = 64

const structures = new Map<string, DocumentStructure>()

/** The structure of `doc`'s text, parsed on first use of its text hash. */
export function structureOf(doc: StructureInput): DocumentStructure {
  let structure = structures.get(doc.textHash)
  if (structure) structures.delete(doc.textHash)
  else structure = parseStructure(doc.text)
  return remember(structures, doc.textHash, structure, MAX_CACHED_STRUCTURES)
}
