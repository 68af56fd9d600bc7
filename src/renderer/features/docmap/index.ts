/** The document map view, and helpers the other compare views share (jump to the reader). */
export { DocMapView } from './DocMapView'
export { useJumpToReader } from './useJumpToReader'
