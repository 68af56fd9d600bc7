/**
 * Tracing: which wording of a document comes from a reference document above it (the national
 * report of the same year, the province's, the city's). Typical use:
 *
 *   const index = indexReference(reference.text)
 *   const spans = findEchoes(index, doc.text)
 *   const trace = traceDocument(doc.text.length, spans, classifyDocument(doc.text, matcher))
 */
export { foldForTrace, type TraceFolded } from './fold-for-trace'
export { indexReference, findEchoes, echoedChars, MIN_ECHO_CHARS, SEED_CHARS, type EchoSpan, type ReferenceIndex } from './find-echoes'
export { traceDocument, passageAt, type DocumentTrace, type TracedPassage, type ThemeEcho, type TraceablePassage } from './trace-document'
export { mostEchoedSentences, type EchoedSentence, type DocumentEchoes } from './echoed-sentences'
export { checkTraceText, checkReferencePair, type ReferenceErrorCode, type TraceSide } from './check-reference'
export { defaultReferences, type ReferenceCandidate } from './default-references'
export { toTraceCsv, type TraceCsvRow } from './trace-csv'
export { combineEchoes, type SourcedEcho } from './combine-echoes'
