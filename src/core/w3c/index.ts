/**
 * Public entry of the W3C Web Annotation mapping (JSON; offsets in UTF-16 code units, stated in
 * `"bidu:offsetUnit"`). The JSON-LD export/import and the `anchor` CLI build on these functions.
 */
export {
  ANNO_CONTEXT,
  OFFSET_UNIT,
  fromWebAnnotation,
  toWebAnnotation,
  withSelectors,
  type ImportedWebAnnotation,
  type ToWebAnnotationOptions,
  type W3cErrorCode,
  type WebAnnotation,
} from './web-annotation'
export { parseAnnotationCollection, toAnnotationCollection, type ParsedAnnotationCollection } from './annotation-collection'
export { memoToWebAnnotation, isMemoAnnotation, THEME_IRI_PREFIX, PROJECT_IRI, type MemoAnnotationOptions } from './memo-annotation'
