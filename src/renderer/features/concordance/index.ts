/** The concordance (keyword in context) view, with "Code all hits". */
export { ConcordanceView } from './ConcordanceView'
