/**
 * The view registry: each view's id, tab label and component. To add a view (compare, annotations…):
 * add its id to view-ids.ts, its label to the i18n tables, and an entry here. Views are features,
 * imported through their index.ts.
 */
import type { ComponentType } from 'react'
import type { MessageKey } from '../i18n'
import { LibraryView } from '../features/library'
import { ReaderView } from '../features/reader'
import { AnnotationsView } from '../features/annotations'
import { MatrixView } from '../features/matrix'
import { DocMapView } from '../features/docmap'
import { ConcordanceView } from '../features/concordance'
import { FiguresView } from '../features/figures'
import { LanesView, YearOverYearView } from '../features/compare'
import { CodebookView } from '../features/codebook'
import { TraceView } from '../features/trace'
import { NotesView, SegmentsView } from '../features/notes'
import type { ViewId } from '../navigation'

export interface ViewDefinition {
  id: ViewId
  label: MessageKey
  Component: ComponentType
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'library', label: 'nav.library', Component: LibraryView },
  { id: 'reader', label: 'nav.reader', Component: ReaderView },
  { id: 'annotations', label: 'nav.annotations', Component: AnnotationsView },
  { id: 'notes', label: 'nav.notes', Component: NotesView },
  { id: 'segments', label: 'nav.segments', Component: SegmentsView },
  { id: 'matrix', label: 'nav.matrix', Component: MatrixView },
  { id: 'docmap', label: 'nav.docmap', Component: DocMapView },
  { id: 'concordance', label: 'nav.concordance', Component: ConcordanceView },
  { id: 'figures', label: 'nav.figures', Component: FiguresView },
  { id: 'lanes', label: 'nav.lanes', Component: LanesView },
  { id: 'yoy', label: 'nav.yearOverYear', Component: YearOverYearView },
  { id: 'trace', label: 'nav.trace', Component: TraceView },
  { id: 'codebook', label: 'nav.codebook', Component: CodebookView },
]
