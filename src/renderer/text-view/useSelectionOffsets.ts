/**
 * The current selection inside a rendered document, as offsets into its text (UTF-16 code units),
 * updated as the user selects; null when nothing in `root` is selected. The annotation toolbar can
 * build on it (the span plus the document text give the W3C quote and position selectors).
 */
import { useEffect, useState, type RefObject } from 'react'
import type { Span } from '../../core/structure/types'
import { selectionToOffsets } from './selection-offsets'

export function useSelectionOffsets(root: RefObject<HTMLElement | null>): Span | null {
  const [span, setSpan] = useState<Span | null>(null)
  useEffect(() => {
    let frame = 0
    const onChange = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const el = root.current
        const next = el ? selectionToOffsets(el, document.getSelection()) : null
        setSpan((previous) => (previous?.start === next?.start && previous?.end === next?.end ? previous : next))
      })
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', onChange)
    }
  }, [root])
  return span
}
