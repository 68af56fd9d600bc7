/**
 * The source span of the echo the user last followed, marked in the reference's column until another
 * echo is followed or the overlay is switched off. A tiny store outside React state, because the
 * column that sets it (the local report's) is not the one that draws it (the reference's).
 */
import { createStore, useStore } from '../../ui/store'

/** A marked span: UTF-16 offsets into the text of `docId`. */
export interface SourceMark {
  docId: string
  start: number
  end: number
}

const markStore = createStore<SourceMark | null>(null)

/** Marks `mark` (null clears it). */
export function markSource(mark: SourceMark | null): void {
  markStore.set(mark)
}

/** The marked span when it lies in `docId`, else null. */
export function useSourceMark(docId: string): SourceMark | null {
  const mark = useStore(markStore)
  return mark?.docId === docId ? mark : null
}
