/**
 * One reader column: a header (the document's label, outline toggle, move, close), the outline pane, the text with
 * its own scroll, and a status line (selection offsets). Section tracking and "same heading number"
 * sync live in useSectionNavigation; "sync by topic" reports where the user is and follows the
 * passage the reader chose for this column (useTopicSync), marked in the text with its score. The annotation feature draws highlights in the text and shows its
 * selection toolbar inside `.column-text`, whose selection maps to text offsets (selection-offsets.ts),
 * and, while one of the document's annotations is being re-attached by hand, its banner and toolbar.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { StoredDocument } from '../../db/database'
import type { ReaderColumnState } from '../../db/settings'
import { useI18n } from '../../i18n'
import { ProgressBar } from '../../ui/ProgressBar'
import { Splitter } from '../../ui/Splitter'
import { CodingStripes } from './CodingStripes'
import { ColumnTitle } from './ColumnTitle'
import { FindBar } from './FindBar'
import { DocumentText } from './DocumentText'
import { useEchoOverlay } from './useEchoOverlay'
import { OutlinePane } from './OutlinePane'
import { flattenOutline, type FlatNode } from './outline-navigation'
import type { SectionBus } from './section-sync'
import { useDocumentStructure } from './useDocumentStructure'
import { offsetOfPoint, useSelectionOffsets } from '../../text-view'
import { useSectionNavigation } from './useSectionNavigation'
import { markSyncPassage } from './sync-highlight'
import { TopicBadge } from './TopicBadge'
import type { TopicSync } from './useTopicSync'
import { useFindInDocument, useFindShortcut } from './useFindInDocument'
import { outlineWidthOf, type LayoutActions } from './reader-layout'
import {
  HighlightHoverCard,
  ReattachBanner,
  ReattachToolbar,
  SelectionToolbar,
  useAnnotationUi,
  useColumnAnnotations,
  useHighlights,
} from '../annotations'
import { useDocumentLabels } from '../sets'

interface ReaderColumnProps {
  column: ReaderColumnState
  index: number
  count: number
  doc: StoredDocument | undefined | null
  actions: LayoutActions
  bus: SectionBus
  /** Follow sections by heading number. */
  sync: boolean
  /** Sync by topic (absent when off). */
  topic?: TopicSync
  /** Show the coding-stripes margin. */
  stripes?: boolean
  /** Shade the wording repeated from the document's references (tracing overlay). */
  echoes?: boolean
}

const OUTLINE_WIDTH = { min: 100, max: 420 }

export function ReaderColumn({ column, index, count, doc, actions, bus, sync, topic, stripes = false, echoes = false }: ReaderColumnProps) {
  const { t } = useI18n()
  const labelOf = useDocumentLabels()
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
  const openBeside = useCallback((id: string) => actions.openBeside(docId, id), [actions, docId])
  const overlay = useEchoOverlay(doc ?? undefined, docId, echoes, openBeside)
  const navigation = useSectionNavigation({
    scroller,
    flat,
    ready: state.status === 'ready',
    initialScrollTop: column.scrollTop,
    docId,
    bus,
    sync,
    onScrollTop: (top) => actions.recordScroll(docId, top),
    onTopOffset: (offset, byUser) => topic?.moved(docId, offset, byUser),
  })
  const move = topic?.move
  const isSource = move?.from === docId
  const target = move && !isSource ? move.targets[docId] : undefined
  // A new move: go to this column's passage (or stay put), and mark the passage paired here.
  useEffect(() => {
    const span = isSource ? move?.passage : target?.kind === 'passage' ? target : undefined
    // The text is virtual: the passage is drawn once scrolled to, and marked then.
    if (target?.kind === 'passage') void navigation.scrollToText(target.start).then(() => markSyncPassage(docId, scroller.current, span))
    else markSyncPassage(docId, scroller.current, span)
    // Only a new move (seq) moves the column; re-renders must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [move?.seq])
  useEffect(() => () => markSyncPassage(docId, null, undefined), [docId])
  const onTextClick = (event: React.MouseEvent<HTMLDivElement>): void => {
    annotate.onTextClick(event)
    if (topic && !window.getSelection()?.toString()) {
      const offset = clickOffset(scroller.current, event)
      if (offset !== null) topic.moved(docId, offset, true)
    }
  }

  const name = doc ? labelOf(doc.id) : undefined
  return (
    <section className="reader-column" aria-label={name?.label ?? t('reader.missing')} data-testid="reader-column" ref={section}>
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
        <ColumnTitle name={name} missing={t('reader.missing')} />
        <button
          type="button"
          className="icon-button"
          disabled={!doc}
          aria-pressed={findSerial > 0}
          aria-label={t('reader.find')}
          title={`${t('reader.find')} (Ctrl+F)`}
          onClick={() => (findSerial > 0 ? setFindSerial(0) : openFind())}
        >
          ⌕
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === 0}
          aria-label={t('reader.moveLeft')}
          title={t('reader.moveLeft')}
          onClick={() => actions.move(index, -1)}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === count - 1}
          aria-label={t('reader.moveRight')}
          title={t('reader.moveRight')}
          onClick={() => actions.move(index, 1)}
        >
          →
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('reader.closeColumn')}
          title={t('reader.closeColumn')}
          onClick={() => actions.remove(index)}
        >
          ×
        </button>
      </header>
      {findSerial > 0 && <FindBar find={find} focusSerial={findSerial} onClose={() => setFindSerial(0)} />}
      <ReattachBanner documentId={docId} />
      {topic && move && topic.threshold !== undefined && (
        <TopicBadge source={isSource ? move.passage : undefined} target={target} threshold={topic.threshold} />
      )}
      <div className="column-body">
        {column.outlineOpen && doc && (
          <>
            <nav className="outline-pane" style={{ width: outlineWidth }} aria-label={t('reader.outline')} ref={outlineScroller}>
              <OutlinePane flat={flat} current={navigation.current} onPick={navigation.pick} scroller={outlineScroller} text={scroller} />
            </nav>
            <Splitter
              width={outlineWidth}
              onChange={(width) => actions.setOutlineWidth(index, width)}
              min={OUTLINE_WIDTH.min}
              max={OUTLINE_WIDTH.max}
              label={t('reader.resizeOutline')}
            />
          </>
        )}
        <div
          className={stripes ? 'column-text with-stripes' : 'column-text'}
          ref={scroller}
          onScroll={navigation.onScroll}
          onMouseDown={overlay.press}
          onClick={(e) => overlay.follow(e) || onTextClick(e)}
          tabIndex={0}
          data-doc-id={docId}
        >
          {doc === null && <p className="empty">{t('reader.missingHint')}</p>}
          {doc && state.status === 'loading' && <ProgressBar label={t('reader.parsing')} />}
          {doc && state.status === 'failed' && <p className="error">{t('reader.parseFailed', { reason: state.message })}</p>}
          {doc && state.status === 'ready' && stripes && <CodingStripes scroller={scroller} highlights={highlights} />}
          {doc && state.status === 'ready' && (
            <DocumentText text={doc.text} structure={state.structure} scroller={scroller} highlights={highlights} shades={overlay.shades} />
          )}
          {doc && state.status === 'ready' && <HighlightHoverCard scroller={scroller} documentId={doc.id} />}
          {doc && annotate.placement && annotate.reattaching && (
            <ReattachToolbar placement={annotate.placement} toolbarRef={annotate.toolbarRef} onAttach={() => void annotate.attach()} />
          )}
          {doc && annotate.placement && !annotate.reattaching && (
            <SelectionToolbar
              placement={annotate.placement}
              toolbarRef={annotate.toolbarRef}
              lastColor={lastColor}
              onCreate={(color, field) => void annotate.create(color, field)}
            />
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

/** The text offset under a click, or null outside the text. */
function clickOffset(root: HTMLElement | null, event: React.MouseEvent): number | null {
  const caret = root ? document.caretRangeFromPoint?.(event.clientX, event.clientY) : null
  return root && caret ? offsetOfPoint(root, caret.startContainer, caret.startOffset) : null
}
