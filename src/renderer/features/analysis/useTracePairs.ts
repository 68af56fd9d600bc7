/**
 * Which references each document is traced against: the user's pairing (db/trace-references.ts)
 * where there is one, else the default pairing by level, place and year (core/trace). Live: the
 * pairing follows the library and the stored choice.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { defaultReferences, type ReferenceCandidate } from '../../../core/trace'
import type { StoredDocument } from '../../db/database'
import { listDocuments } from '../../db/documents'
import { getTraceReferences } from '../../db/trace-references'

/** The pairing as views use it. */
export interface TracePairs {
  /** False until the library and the stored pairing are read. */
  ready: boolean
  /** Every document of the library, by id. */
  library: ReadonlyMap<string, StoredDocument>
  /** The references of `docId`, highest priority first (only documents still in the library). */
  referencesOf(docId: string): string[]
  /** True when `docId` uses the default pairing. */
  isDefault(docId: string): boolean
}

function candidateOf(doc: StoredDocument): ReferenceCandidate {
  const m = doc.metadata
  return {
    id: doc.id,
    level: m.level,
    year: m.year,
    place: m.place,
    province: m.province,
    city: m.city,
    district: m.district,
    docType: m.docType,
  }
}

export function useTracePairs(): TracePairs {
  const docs = useLiveQuery(() => listDocuments(), [])
  const stored = useLiveQuery(() => getTraceReferences(), [])
  return useMemo(() => {
    const library = new Map((docs ?? []).map((d) => [d.id, d]))
    const candidates = (docs ?? []).map(candidateOf)
    const defaults = new Map<string, string[]>()
    const referencesOf = (docId: string): string[] => {
      const chosen = stored?.[docId]
      if (chosen) return chosen.filter((id) => library.has(id))
      let list = defaults.get(docId)
      const doc = library.get(docId)
      if (!list) defaults.set(docId, (list = doc ? defaultReferences(candidateOf(doc), candidates) : []))
      return list
    }
    return { ready: docs !== undefined && stored !== undefined, library, referencesOf, isDefault: (docId) => !stored?.[docId] }
  }, [docs, stored])
}
