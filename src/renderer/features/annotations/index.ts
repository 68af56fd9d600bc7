/**
 * The annotations feature: highlights, themes, tags and notes on document text, their list and
 * view, undo/redo, and text replacement that keeps annotations attached.
 */
import './annotations.css'

export { AnnotationsView } from './AnnotationsView'
export { ReaderAnnotationPane, AnnotationPaneToggle } from './ReaderAnnotationPane'
export { useAnnotationPane } from './useAnnotationPane'
export { SelectionToolbar } from './SelectionToolbar'
export { ReattachBanner, ReattachToolbar } from './ReattachControls'
export { HighlightHoverCard } from './HighlightHoverCard'
export { useColumnAnnotations } from './useColumnAnnotations'
export { useHighlights } from './useAnnotations'
export { useUndoShortcuts } from './useUndoShortcuts'
export { useReplaceText } from './useReplaceText'
export { useAnnotationUi, setAnnotationUi } from './annotation-store'
export { codeSpansAction, type CodeChoice } from './code-spans'
export { undoLast } from './annotation-actions'
// Shared with the notes feature (memos use the same editor and rendering as passage notes).
export { NoteField } from './NoteField'
export { NoteMarkdown } from './NoteMarkdown'
export { jumpToAnnotation } from './jump-to-annotation'
export { useThemeLabel } from './useThemes'
export { ThemeChips } from './ThemeChips'
export { DocumentThemeFilters } from './DocumentThemeFilters'
