/**
 * One reader column: a header (title, outline toggle, move, close), the outline pane, the text with
 * its own scroll, and a status line (selection offsets). Section tracking and "sync by section" live
 * in useSectionNavigation. The annotation feature draws highlights in the text and shows its
 * selection toolbar inside `.column-text`, whose selection maps to text offsets (selection-offsets.ts),
 * and, while one of the document's annotations is being re-attached by hand, its banner and toolbar.
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import type { StoredDocument } from '../../db/database'
import type { ReaderColumnState } from '../../db/settings'
import { useI18n } from '../../i18n'
import { ProgressBar } from '../../ui/ProgressBar'
import { Splitter } from '../../ui/Splitter'
import { CodingStripes } from './CodingStripes'
import { FindBar } from './FindBar'
import { DocumentText } from './DocumentText'
import { useEchoOverlay } from './useEchoOverlay'
import { OutlinePane } from './OutlinePane'
import { flattenOutline, type FlatNode } from './outline-navigation'
import type { SectionBus } from './section-sync'
import { useDocumentStructure } from './useDocumentStructure'
import { useSelectionOffsets } from '../../text-view'
import { useSectionNavigation } from './useSectionNavigation'
import { useFindInDocument, useFindShortcut } from './useFindInDocument'
import { outlineWidthOf, type LayoutActions } from './reader-layout'
import { HighlightHoverCard, ReattachBanner, ReattachToolbar, SelectionToolbar, useAnnotationUi, useColumnAnnotations, useHighlights } from '../annotations'

interface ReaderColumnProps {
  column: ReaderColumnState
  index: number
  count: number
  doc: StoredDocument | undefined | null
  actions: LayoutActions
  bus: SectionBus
  sync: boolean
  /** Show the coding-stripes margin. */
  stripes?: boolean
  /** Shade the wording repeated from the document's references (tracing overlay). */
  echoes?: boolean
}

const OUTLINE_WIDTH = { min: 100, max: 420 }

export function ReaderColumn({ column, index, count, doc, actions, bus, sync, stripes = false, echoes = false }: ReaderColumnProps) {
  const { t } = useI18n()
  const state = useDocumentStructure(doc ?? undefined)
  const scroller = useRef<HTMLDivElement>(null)
  const outlineScroller = useRef<HTMLElement>(null)
  const section = useRef<HTMLElement>(null)
  // 0 while the find bar is closed; each request to find bumps it (and focuses the field).
  const [findSerial, setFindSerial] = useState(0)
  const openFind = useCallback(() => setFindSerial((n) => n + 1), [])
  const find = useFindInDocument(scroller, doc?.text ?? '', findSerial > 0 && state.status === 'ready')
  useFindShortcut(section, index === 0, openFind)
  const outlineWidth = outlineWidthOf(column, count)
  const flat: FlatNode[] = useMemo(() => (state.status === 'ready' ? flattenOutline(state.structure.outline) : []), [state])
  const docId = column.docId
  const selection = useSelectionOffsets(scroller)
  const highlights = useHighlights(doc)
  const annotate = useColumnAnnotations({ scroller, doc, selection, ready: state.status === 'ready', reattach: true })
  const lastColor = useAnnotationUi((s) => s.lastColor)
  const overlay = useEchoOverlay(doc ?? undefined, docId, echoes, actions.add)
  const navigation = useSectionNavigation({
    scroller,
    flat,
    ready: state.status === 'ready',
    initialScrollTop: column.scrollTop,
    docId,
    bus,
    sync,
    onScrollTop: (top) => actions.recordScroll(docId, top),
  })

  const title = doc ? doc.metadata.title || doc.fileName : t('reader.missing')
  return (
    <section className="reader-column" aria-label={title} data-testid="reader-column" ref={section}>
      <header className="column-header">
        <button
          type="button"
          className="icon-button"
          aria-pressed={column.outlineOpen}
          aria-label={t('reader.toggleOutline')}
          title={t('reader.toggleOutline')}
          onClick={() => actions.toggleOutline(index)}
        >
          ☰
        </button>
        <h2 className="column-title" title={title}>
          {title}
          {doc && <span className="column-meta">{[doc.metadata.place, doc.metadata.year].filter(Boolean).join(' · ')}</span>}
        </h2>
        <button type="button" className="icon-button" disabled={!doc} aria-pressed={findSerial > 0} aria-label={t('reader.find')} title={`${t('reader.find')} (Ctrl+F)`} onClick={() => (findSerial > 0 ? setFindSerial(0) : openFind())}>
          ⌕
        </button>
        <button type="button" className="icon-button" disabled={index === 0} aria-label={t('reader.moveLeft')} title={t('reader.moveLeft')} onClick={() => actions.move(index, -1)}>
          ←
        </button>
        <button type="button" className="icon-button" disabled={index === count - 1} aria-label={t('reader.moveRight')} title={t('reader.moveRight')} onClick={() => actions.move(index, 1)}>
          →
        </button>
        <button type="button" className="icon-button" aria-label={t('reader.closeColumn')} title={t('reader.closeColumn')} onClick={() => actions.remove(index)}>
          ×
        </button>
      </header>
      {findSerial > 0 && <FindBar find={find} focusSerial={findSerial} onClose={() => setFindSerial(0)} />}
      <ReattachBanner documentId={docId} />
      <div className="column-body">
        {column.outlineOpen && doc && (
          <>
            <nav className="outline-pane" style={{ width: outlineWidth }} aria-label={t('reader.outline')} ref={outlineScroller}>
              <OutlinePane flat={flat} current={navigation.current} onPick={navigation.pick} scroller={outlineScroller} />
            </nav>
            <Splitter width={outlineWidth} onChange={(width) => actions.setOutlineWidth(index, width)} min={OUTLINE_WIDTH.min} max={OUTLINE_WIDTH.max} label={t('reader.resizeOutline')} />
          </>
        )}
        <div className={stripes ? 'column-text with-stripes' : 'column-text'} ref={scroller} onScroll={navigation.onScroll} onMouseDown={overlay.press} onClick={(e) => overlay.follow(e) || annotate.onTextClick(e)} tabIndex={0} data-doc-id={docId}>
          {doc === null && <p className="empty">{t('reader.missingHint')}</p>}
          {doc && state.status === 'loading' && <ProgressBar label={t('reader.parsing')} />}
          {doc && state.status === 'failed' && <p className="error">{t('reader.parseFailed', { reason: state.message })}</p>}
          {doc && state.status === 'ready' && stripes && <CodingStripes scroller={scroller} highlights={highlights} />}
          {doc && state.status === 'ready' && <DocumentText text={doc.text} structure={state.structure} scroller={scroller} highlights={highlights} shades={overlay.shades} />}
          {doc && state.status === 'ready' && <HighlightHoverCard scroller={scroller} documentId={doc.id} />}
          {doc && annotate.placement && annotate.reattaching && <ReattachToolbar placement={annotate.placement} toolbarRef={annotate.toolbarRef} onAttach={() => void annotate.attach()} />}
          {doc && annotate.placement && !annotate.reattaching && (
            <SelectionToolbar placement={annotate.placement} toolbarRef={annotate.toolbarRef} lastColor={lastColor} onCreate={(color, field) => void annotate.create(color, field)} />
          )}
        </div>
      </div>
      <footer className="column-status" aria-live="polite" data-testid="column-status">
        {doc &&
          (selection
            ? t('reader.selection', { start: selection.start, end: selection.end, length: selection.end - selection.start })
            : t('reader.length', { length: doc.text.length }))}
      </footer>
    </section>
  )
}
