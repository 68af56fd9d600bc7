/** Tracing: the view of echoes of reference documents (the reader's overlay reads the same traces). */
export { TraceView } from './TraceView'
