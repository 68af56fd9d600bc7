/**
 * The data of the reader's "sync by topic": every passage of the reader's few documents aligned with
 * the others (core alignDocuments, the same engine and scores as the lanes and `align --json`),
 * regrouped per passage and per other document so the window can choose where each column goes
 * (core chooseSyncTarget) without asking the worker again.
 */
import { alignDocuments, NO_COUNTERPART_BELOW, type AlignPassage, type PassageTerms } from '../../core/align'
import type { SyncMatch, SyncPassage } from '../../core/compare'

/** Matches kept per passage and other document: the best, and close runners-up for the tie rule. */
const SYNC_TOP = 3

/** One document of the reader with its passages and, per passage id, its matches per other document id. */
export interface TopicDocument {
  id: string
  passages: SyncPassage[]
  matches: Record<string, Record<string, SyncMatch[]>>
}

/** What the reader gets: its documents' alignment and the score below which a column stays put. */
export interface TopicMatches {
  /** The engine's "no counterpart" threshold (calibrated probability, 0–1). */
  threshold: number
  docs: TopicDocument[]
}

/** A document as the worker holds it: id, text, classified passages and their alignment terms. */
export interface TopicInput {
  id: string
  text: string
  passages: AlignPassage[]
  terms: PassageTerms[]
}

/** Aligns every passage of `docs` with the other documents. */
export function topicMatches(docs: readonly TopicInput[], onProgress?: (done: number, total: number) => void): TopicMatches {
  const out: TopicDocument[] = docs.map((d) => ({
    id: d.id,
    passages: d.passages.map(({ id, start, end }) => ({ id, start, end })),
    matches: {},
  }))
  const byId = docs.map((d) => new Map(d.passages.map((p) => [p.id, p])))
  const matches = alignDocuments(
    docs.map((d) => ({ text: d.text, passages: d.passages })),
    { top: SYNC_TOP, terms: docs.map((d) => d.terms), onProgress },
  )
  for (const m of matches) {
    const target = byId[m.to.doc].get(m.to.passage)
    if (!target) continue
    const perPassage = (out[m.from.doc].matches[m.from.passage] ??= {})
    ;(perPassage[docs[m.to.doc].id] ??= []).push({ passageId: target.id, start: target.start, end: target.end, score: m.score })
  }
  return { threshold: NO_COUNTERPART_BELOW, docs: out }
}
