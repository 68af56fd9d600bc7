/**
 * The small toolbar that appears under a text selection in a reader column: five highlight colours,
 * and buttons that highlight and open the editor on themes, tags or the note. Reachable by Tab from
 * the text; pressing a button keeps the text selection (mousedown is not allowed to clear it).
 */
import type { ReactNode, RefObject } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import { highlightBackground } from '../../text-view'
import type { FocusField } from './annotation-store'
import type { ToolbarPlacement } from './useColumnAnnotations'

interface SelectionToolbarProps {
  placement: ToolbarPlacement
  toolbarRef: RefObject<HTMLDivElement | null>
  onCreate(color: HighlightColor, field: FocusField): void
  lastColor: HighlightColor
}

interface ToolbarFrameProps {
  placement: ToolbarPlacement
  toolbarRef: RefObject<HTMLDivElement | null>
  label: string
  testId: string
  children: ReactNode
}

/**
 * The frame of a toolbar under a selection (this one, and the re-attach toolbar): placed under the
 * selection, outside the text's offsets, and pressing inside it keeps the selection.
 */
export function SelectionToolbarFrame({ placement, toolbarRef, label, testId, children }: ToolbarFrameProps) {
  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label={label}
      data-offset-ignore=""
      data-testid={testId}
      style={{ top: placement.top, left: placement.left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {children}
    </div>
  )
}

export function SelectionToolbar({ placement, toolbarRef, onCreate, lastColor }: SelectionToolbarProps) {
  const { t } = useI18n()
  const fields: { field: Exclude<FocusField, null>; label: 'annotations.addTheme' | 'annotations.addTag' | 'annotations.addNote' }[] = [
    { field: 'themes', label: 'annotations.addTheme' },
    { field: 'tags', label: 'annotations.addTag' },
    { field: 'note', label: 'annotations.addNote' },
  ]
  return (
    <SelectionToolbarFrame placement={placement} toolbarRef={toolbarRef} label={t('annotations.toolbar')} testId="selection-toolbar">
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className="swatch"
          style={highlightBackground(color)}
          aria-label={t('annotations.highlightIn', { color: t(`color.${color}`) })}
          title={t('annotations.highlightIn', { color: t(`color.${color}`) }) + (color === lastColor ? ` (H)` : '')}
          data-color={color}
          onClick={() => onCreate(color, null)}
        />
      ))}
      {fields.map(({ field, label }) => (
        <button key={field} type="button" className="toolbar-text-button" onClick={() => onCreate(lastColor, field)}>
          {t(label)}
        </button>
      ))}
    </SelectionToolbarFrame>
  )
}
