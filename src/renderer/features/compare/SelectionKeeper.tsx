/**
 * A cell's text that keeps the user's selection when it is drawn again: shared wording arrives from
 * the worker after the row is shown, and marking it replaces the text nodes under a selection the
 * user may already have made (the selection then vanished or shrank, and a highlight took the wrong
 * words). A class component because only getSnapshotBeforeUpdate reads the page before React changes it.
 */
import { Component, createRef, type ReactNode } from 'react'
import type { Span } from '../../../core/structure/types'
import { selectOffsets, selectionToOffsets } from '../../text-view'

interface SelectionKeeperProps {
  className: string
  docId: string
  /** Paragraph blocks carrying p[data-start][data-end] document offsets. */
  children: ReactNode
}

export class SelectionKeeper extends Component<SelectionKeeperProps> {
  private readonly root = createRef<HTMLDivElement>()

  /** A selection wholly inside this text, as document offsets, before the update. */
  getSnapshotBeforeUpdate(): Span | null {
    const el = this.root.current
    const selection = document.getSelection()
    if (!el || !selection || selection.rangeCount === 0) return null
    const range = selection.getRangeAt(0)
    return el.contains(range.startContainer) && el.contains(range.endContainer) ? selectionToOffsets(el, selection) : null
  }

  componentDidUpdate(_props: SelectionKeeperProps, _state: unknown, kept: Span | null): void {
    const el = this.root.current
    if (!el || !kept) return
    const now = selectionToOffsets(el, document.getSelection())
    if (now?.start !== kept.start || now?.end !== kept.end) selectOffsets(el, kept)
  }

  render() {
    const { className, docId, children } = this.props
    return (
      <div ref={this.root} className={className} lang="zh-CN" data-doc-id={docId}>
        {children}
      </div>
    )
  }
}
