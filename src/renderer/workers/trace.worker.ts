/**
 * The tracing worker: finds each document's echoes of its references (core/trace) off the window's
 * thread. Reference indexes and found echoes are cached by text hash, so a view that re-renders, or
 * the reader overlay asking for one document the view has traced already, costs a lookup. Texts that
 * cannot be traced (no Chinese, the document itself, a version of it) come back as an error code per
 * pair instead of spans; the window words the message.
 * Served through rpc.ts; see trace-client.ts for the caller.
 */
import {
  checkReferencePair,
  checkTraceText,
  findEchoes,
  indexReference,
  type EchoSpan,
  type ReferenceErrorCode,
  type ReferenceIndex,
} from '../../core/trace'
import { remember } from './bounded-cache'
import { serveRpc, type RpcContext, type RpcEndpoint } from './rpc'

/** A document as the worker takes it: `textHash` identifies the text version. */
export interface TraceText {
  id: string
  textHash: string
  text: string
}

/** Documents to trace, each with the ids of its references (all among `references`). */
export interface TraceParams {
  references: TraceText[]
  docs: { doc: TraceText; referenceIds: string[] }[]
}

/** One document against one reference: its echoes, or why it was not traced. */
export interface PairTrace {
  docId: string
  referenceId: string
  spans: EchoSpan[]
  error?: ReferenceErrorCode
}

/** Most reference indexes and pair results kept (a library of a few thousand reports). */
const MAX_CACHED = 5000

const indexes = new Map<string, ReferenceIndex>()
const pairs = new Map<string, { spans: EchoSpan[]; error?: ReferenceErrorCode }>()

// Called only after a miss, so evicting after the set keeps at most MAX_CACHED entries, as before.
const rememberTrace = <V>(cache: Map<string, V>, key: string, value: V): V => remember(cache, key, value, MAX_CACHED)

const keyOf = (t: TraceText): string => `${t.id}@${t.textHash}`

function tracePair(reference: TraceText, doc: TraceText): { spans: EchoSpan[]; error?: ReferenceErrorCode } {
  const key = `${keyOf(reference)}|${keyOf(doc)}`
  const cached = pairs.get(key)
  if (cached) return cached
  const usable = checkTraceText('reference', reference.text)
  if (!usable.ok) return rememberTrace(pairs, key, { spans: [], error: usable.error.code })
  const docUsable = checkTraceText('document', doc.text)
  if (!docUsable.ok) return rememberTrace(pairs, key, { spans: [], error: docUsable.error.code })
  const index = indexes.get(keyOf(reference)) ?? rememberTrace(indexes, keyOf(reference), indexReference(reference.text))
  const spans = findEchoes(index, doc.text)
  const pair = checkReferencePair(
    { name: 'reference', text: reference.text, id: reference.id },
    { name: 'document', text: doc.text, id: doc.id },
    spans,
  )
  return rememberTrace(pairs, key, pair.ok ? { spans } : { spans: [], error: pair.error.code })
}

export const traceHandlers = {
  /** Traces every document against each of its references, reporting progress per document. */
  trace: (params: TraceParams, ctx: RpcContext): PairTrace[] => {
    const references = new Map(params.references.map((r) => [r.id, r]))
    const out: PairTrace[] = []
    params.docs.forEach(({ doc, referenceIds }, i) => {
      if (ctx.signal.aborted) return
      for (const referenceId of referenceIds) {
        const reference = references.get(referenceId)
        if (!reference) continue
        out.push({ docId: doc.id, referenceId, ...tracePair(reference, doc) })
      }
      ctx.progress({ done: i + 1, total: params.docs.length })
    })
    return out
  },
  /** Why `reference` cannot be a reference of `doc` (an error code), or null when it can. */
  check: (params: { reference: TraceText; doc: TraceText }): ReferenceErrorCode | null =>
    tracePair(params.reference, params.doc).error ?? null,
}

export type TraceHandlers = typeof traceHandlers

serveRpc(self as unknown as RpcEndpoint, traceHandlers)
