/** The document map view, and helpers the other compare views share (jump to the reader, document labels). */
export { DocMapView } from './DocMapView'
export { useJumpToReader } from './useJumpToReader'
export { documentLabel } from './document-label'
