/**
 * Annotating from the lanes exactly as in the reader: the annotation feature's selection toolbar and
 * shortcuts act on the cell holding the selection (cells carry p[data-start][data-end] document
 * offsets, so selection-offsets maps a selection to the document's text); a highlight made here opens
 * the annotation pane LanesView shows beside the lanes. One annotator for all cells: it follows the
 * cell the selection is in.
 */
import { useEffect, useRef, useState, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import type { StoredDocument } from '../../db/database'
import { SelectionToolbar, useAnnotationUi, useColumnAnnotations, useUndoShortcuts } from '../annotations'
import { useSelectionOffsets } from '../../text-view'

/** The element of a cell's text, which carries the document id. */
const CELL_TEXT_SELECTOR = '.lane-text[data-doc-id]'

interface LanesAnnotatorProps {
  /** The lanes' scrolling container (selections outside it are ignored). */
  root: RefObject<HTMLElement | null>
  docs: readonly StoredDocument[]
}

export function LanesAnnotator({ root, docs }: LanesAnnotatorProps) {
  const active = useRef<HTMLDivElement | null>(null)
  const [cell, setCell] = useState<{ el: HTMLDivElement; docId: string } | null>(null)
  useEffect(() => {
    const onChange = (): void => {
      const node = document.getSelection()?.anchorNode
      const el =
        node && root.current?.contains(node)
          ? (node instanceof Element ? node : node.parentElement)?.closest<HTMLDivElement>(CELL_TEXT_SELECTOR)
          : null
      // Keep the last cell while the selection moves into the toolbar (it lives inside the cell).
      if (!el) return
      active.current = el
      setCell((current) => (current?.el === el ? current : { el, docId: el.dataset.docId ?? '' }))
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [root])
  const selection = useSelectionOffsets(active)
  const doc = docs.find((d) => d.id === cell?.docId)
  const annotate = useColumnAnnotations({ scroller: active, doc, selection, ready: true })
  const lastColor = useAnnotationUi((s) => s.lastColor)
  useUndoShortcuts()
  if (!cell || !annotate.placement || !cell.el.isConnected) return null
  return createPortal(
    <SelectionToolbar
      placement={annotate.placement}
      toolbarRef={annotate.toolbarRef}
      lastColor={lastColor}
      onCreate={(color, field) => void annotate.create(color, field)}
    />,
    cell.el,
  )
}
