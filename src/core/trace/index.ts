/**
 * Tracing: which wording of a document comes from a reference document above it (the national
 * report of the same year, the province's, the city's). Typical use:
 *
 *   const index = indexReference(reference.text)
 *   const spans = findEchoes(index, doc.text)
 *   const trace = traceDocument(doc.text.length, spans, classifyDocument(doc.text, matcher))
 */
export { indexReference, findEchoes, echoedChars, MIN_ECHO_CHARS, type EchoSpan, type ReferenceIndex } from './find-echoes'
export { traceDocument, type DocumentTrace } from './trace-document'
export { mostEchoedSentences } from './echoed-sentences'
export { checkTraceText, checkReferencePair, type ReferenceErrorCode } from './check-reference'
export { defaultReferences, type ReferenceCandidate } from './default-references'
export { toTraceCsv } from './trace-csv'
export { combineEchoes, type SourcedEcho } from './combine-echoes'
