/**
 * Live reads of annotations for components: one document's drawable highlights, the annotations of
 * several documents, and the tags in use (autocomplete).
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { type Annotation } from '../../../core/anchoring'
import { annotationsOfDocuments, listAnnotations, listTags } from '../../db/annotations'
import type { StoredDocument } from '../../db/database'
import type { Highlight } from '../../text-view'
import { isPlaceable } from './build-annotation'

const NONE: readonly Annotation[] = []

/** Annotations of `ids` (every annotation when `ids` is undefined); undefined while loading. */
export function useAnnotationsOf(ids: readonly string[] | undefined): Annotation[] | undefined {
  const key = ids?.join('|')
  return useLiveQuery(() => (ids ? annotationsOfDocuments(ids) : listAnnotations()), [key])
}

/** The highlights to draw on `doc`'s current text, oldest first (so newer ones show on top). */
export function useHighlights(doc: StoredDocument | null | undefined): readonly Highlight[] {
  const rows = useAnnotationsOf(doc ? [doc.id] : []) ?? NONE
  const hash = useMemo(() => (doc ? doc.textHash : undefined), [doc])
  return useMemo(
    () =>
      rows
        .filter((a) => hash !== undefined && isPlaceable(a, hash))
        .sort((a, b) => a.created.localeCompare(b.created))
        .map((a) => ({ id: a.id, start: a.position.start, end: a.position.end, color: a.color, note: a.note, themes: a.themes })),
    [rows, hash],
  )
}

/** Every tag in use, sorted. */
export function useTags(): string[] {
  return useLiveQuery(() => listTags(), []) ?? []
}
