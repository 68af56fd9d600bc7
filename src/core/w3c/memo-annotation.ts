/**
 * Memos as W3C Web Annotations: motivation `commenting`, the Markdown text as a TextualBody, and a
 * target that is the whole document (its source, no selector), the theme (a `urn:bidu:theme:` IRI
 * naming the code, with its label) or the project (`urn:bidu:project`). `"bidu:memo"` holds the kind,
 * so a reader of annotations (Bidu's own import) can tell memos from passage annotations and skip them.
 */
import type { Memo } from '../memos/types'
import type { WebAnnotation } from './web-annotation'

/** IRI prefix naming a theme code as a Web Annotation target. */
export const THEME_IRI_PREFIX = 'urn:bidu:theme:'
/** Target of the project journal. */
export const PROJECT_IRI = 'urn:bidu:project'

/** Options of {@link memoToWebAnnotation}. */
export interface MemoAnnotationOptions {
  /** A document memo's target source (the document's IRI, see documentIri); the document id when omitted. */
  source?: string
  /** A document memo's file name, written as `"bidu:fileName"`. */
  fileName?: string
  /** A theme memo's theme label. */
  themeLabel?: string
}

/** Writes a memo as a Web Annotation (see the file comment). */
export function memoToWebAnnotation(memo: Memo, options: MemoAnnotationOptions = {}): WebAnnotation {
  const target =
    memo.kind === 'document'
      ? {
          source: options.source ?? memo.target,
          ...(options.fileName !== undefined ? { 'bidu:fileName': options.fileName } : {}),
          'bidu:documentId': memo.target,
        }
      : memo.kind === 'theme'
        ? {
            id: `${THEME_IRI_PREFIX}${encodeURIComponent(memo.target)}`,
            type: 'Text',
            ...(options.themeLabel ? { label: options.themeLabel } : {}),
            'bidu:theme': memo.target,
          }
        : PROJECT_IRI
  return {
    id: `urn:bidu:memo:${encodeURIComponent(memo.id)}`,
    type: 'Annotation',
    motivation: 'commenting',
    ...(memo.created !== '' ? { created: memo.created } : {}),
    ...(memo.updated !== '' ? { modified: memo.updated } : {}),
    body: [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: memo.text }],
    target,
    'bidu:memo': memo.kind,
  }
}

/** Whether a JSON item is a Bidu memo (so an annotation import leaves it out). */
export function isMemoAnnotation(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['bidu:memo'] === 'string'
}
