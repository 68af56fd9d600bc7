/**
 * Public entry of the W3C Web Annotation mapping (JSON; offsets in UTF-16 code units, stated in
 * `"bidu:offsetUnit"`). The JSON-LD export/import and the `anchor` CLI build on these functions.
 */
export { documentIri, fromWebAnnotation, toWebAnnotation, withSelectors, type W3cErrorCode } from './web-annotation'
export { parseAnnotationCollection, toAnnotationCollection } from './annotation-collection'
export { memoToWebAnnotation } from './memo-annotation'
