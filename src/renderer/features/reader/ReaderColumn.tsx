/**
 * One reader column: a header (title, outline toggle, move, close), the outline pane and the text
 * with its own scroll. Tracks the current section while scrolling, and takes part in "sync by
 * section" through the view's {@link SectionBus}.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { StoredDocument } from '../../db/database'
import type { ReaderColumnState } from '../../db/settings'
import { useI18n } from '../../i18n'
import { ProgressBar } from '../../ui/ProgressBar'
import { Splitter } from '../../ui/Splitter'
import { DocumentText } from './DocumentText'
import { OutlinePane } from './OutlinePane'
import { ancestry, flattenOutline, matchSection, sectionAt, type FlatNode } from './outline-navigation'
import { BLOCK_SELECTOR, rangeFromOffsets } from './selection-offsets'
import type { SectionBus } from './section-sync'
import { useDocumentStructure } from './useDocumentStructure'
import { useSelectionOffsets } from './useSelectionOffsets'
import type { LayoutActions } from './reader-layout'

interface ReaderColumnProps {
  column: ReaderColumnState
  index: number
  count: number
  doc: StoredDocument | undefined | null
  actions: LayoutActions
  bus: SectionBus
  sync: boolean
}

/** Space left above a heading scrolled to (CSS px), so it does not touch the column's edge. */
const HEADING_MARGIN_PX = 12
/** Scroll events this soon after a programmatic scroll are not the user's (no sync echo). */
const PROGRAMMATIC_SCROLL_MS = 250
const OUTLINE_WIDTH = { wide: 220, narrow: 160, min: 120, max: 420 }
/** From this many columns on, outlines start narrower so the text keeps room. */
const NARROW_FROM_COLUMNS = 3

/** Text offset at the top edge of `scroller` (start of the first block still visible). */
function offsetAtTop(scroller: HTMLElement): number {
  const blocks = scroller.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)
  const top = scroller.getBoundingClientRect().top + HEADING_MARGIN_PX
  let lo = 0
  let hi = blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid].getBoundingClientRect().bottom <= top) lo = mid + 1
    else hi = mid
  }
  const block = blocks[Math.min(lo, blocks.length - 1)]
  return block ? Number(block.dataset.start) : 0
}

export function ReaderColumn({ column, index, count, doc, actions, bus, sync }: ReaderColumnProps) {
  const { t } = useI18n()
  const state = useDocumentStructure(doc ?? undefined)
  const scroller = useRef<HTMLDivElement>(null)
  const programmaticUntil = useRef(0)
  const restored = useRef(false)
  const [current, setCurrent] = useState(-1)
  const [outlineWidth, setOutlineWidth] = useState(() => (count >= NARROW_FROM_COLUMNS ? OUTLINE_WIDTH.narrow : OUTLINE_WIDTH.wide))
  const flat: FlatNode[] = useMemo(() => (state.status === 'ready' ? flattenOutline(state.structure.outline) : []), [state])
  const docId = column.docId
  const selection = useSelectionOffsets(scroller)

  const scrollToNode = useCallback(
    (i: number) => {
      const el = scroller.current
      const node = flat[i]?.node
      if (!el || !node) return
      const range = rangeFromOffsets(el, { start: node.heading.start, end: Math.max(node.heading.end, node.heading.start + 1) })
      if (!range) return
      programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
      el.scrollTop += range.getBoundingClientRect().top - el.getBoundingClientRect().top - HEADING_MARGIN_PX
      setCurrent(i)
    },
    [flat],
  )

  // A pick in the outline is the user's move: the other columns follow when syncing.
  const pickNode = useCallback(
    (i: number) => {
      scrollToNode(i)
      if (sync) bus.publish({ from: docId, chain: ancestry(flat, i) })
    },
    [scrollToNode, sync, bus, docId, flat],
  )

  // Put the column back where it was once its text is on screen.
  useLayoutEffect(() => {
    if (restored.current || state.status !== 'ready' || !scroller.current) return
    restored.current = true
    programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
    scroller.current.scrollTop = column.scrollTop
    setCurrent(sectionAt(flat, offsetAtTop(scroller.current)))
  }, [state, flat, column.scrollTop])

  useEffect(() => {
    if (!sync) return
    return bus.subscribe((signal) => {
      if (signal.from === docId) return
      const target = matchSection(flat, signal.chain)
      if (target >= 0) scrollToNode(target)
    })
  }, [bus, sync, docId, flat, scrollToNode])

  const frame = useRef(0)
  const onScroll = (): void => {
    const el = scroller.current
    if (!el) return
    actions.recordScroll(docId, el.scrollTop)
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      const next = sectionAt(flat, offsetAtTop(el))
      setCurrent((previous) => {
        if (next !== previous && next >= 0 && sync && performance.now() > programmaticUntil.current) {
          bus.publish({ from: docId, chain: ancestry(flat, next) })
        }
        return next
      })
    })
  }

  const title = doc ? doc.metadata.title || doc.fileName : t('reader.missing')
  return (
    <section className="reader-column" aria-label={title} data-testid="reader-column">
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
      <div className="column-body">
        {column.outlineOpen && doc && (
          <>
            <nav className="outline-pane" style={{ width: outlineWidth }} aria-label={t('reader.outline')}>
              <OutlinePane flat={flat} current={current} onPick={pickNode} />
            </nav>
            <Splitter width={outlineWidth} onChange={setOutlineWidth} min={OUTLINE_WIDTH.min} max={OUTLINE_WIDTH.max} label={t('reader.resizeOutline')} />
          </>
        )}
        <div className="column-text" ref={scroller} onScroll={onScroll} tabIndex={0} data-doc-id={docId}>
          {doc === null && <p className="empty">{t('reader.missingHint')}</p>}
          {doc && state.status === 'loading' && <ProgressBar label={t('reader.parsing')} />}
          {doc && state.status === 'failed' && <p className="error">{t('reader.parseFailed', { reason: state.message })}</p>}
          {doc && state.status === 'ready' && <DocumentText text={doc.text} structure={state.structure} />}
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
