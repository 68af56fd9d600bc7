/** The concordance (keyword in context) view, with "Code all hits". */
export { ConcordanceView } from './ConcordanceView'
export { spansToCode, enclosingSpan, CODE_SCOPES, type CodeScope, type CodeSpan, type DocSpan } from './hit-spans'
export { buildHitAnnotations, type CodeChoice } from './code-hits'
