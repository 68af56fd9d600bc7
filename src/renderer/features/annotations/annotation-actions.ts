/**
 * Each user operation on annotations as a small named action: it writes through db/annotations.ts
 * and records how to undo and redo itself on the feature's undo stack. Components call these, never
 * the database directly, so every change is undoable with Ctrl/Cmd+Z.
 */
import type { Annotation } from '../../../core/anchoring'
import {
  createAnnotation,
  deleteAnnotations,
  reattachAnnotation,
  replaceTextAndReanchor,
  restoreAnnotations,
  undoTextReplacement,
  updateAnnotation,
  type AnnotationChanges,
  type NextText,
  type ReattachError,
  type TextReplacement,
} from '../../db/annotations'
import type { Result } from '../../../core/result'
import type { MessageKey } from '../../i18n'
import { getAnnotationUi, setAnnotationUi } from './annotation-store'
import { pushAction, takeRedo, takeUndo, type UndoAction, type UndoStack } from './undo-stack'

function record(action: UndoAction): UndoAction {
  setAnnotationUi({ stack: pushAction(getAnnotationUi().stack, action) })
  return action
}

/** Stores a new annotation (undo deletes it, redo puts the same row back). */
export async function createAction(row: Annotation): Promise<void> {
  await createAnnotation(row)
  record({
    label: 'annotations.action.create',
    undo: async () => void (await deleteAnnotations([row.id])),
    redo: () => restoreAnnotations([row]),
  })
}

/**
 * Changes colour, themes, tags or note (undo restores the row as it was).
 * @param changes new values, or a function of the stored row (list edits: see updateAnnotation)
 * @param mergeKey successive edits with this key merge into one undo step (a note saved while typed)
 */
export async function editAction(
  id: string,
  changes: AnnotationChanges | ((row: Annotation) => AnnotationChanges),
  mergeKey?: string,
): Promise<void> {
  const done = await updateAnnotation(id, changes)
  if (!done) return
  const { before, after } = done
  record({
    label: 'annotations.action.edit',
    undo: () => restoreAnnotations([before]),
    redo: () => restoreAnnotations([after]),
    ...(mergeKey !== undefined ? { mergeKey: `${id}:${mergeKey}`, at: Date.now() } : {}),
  })
}

/** Adds a tag (kept once), building on the stored tags. */
export function addTagAction(id: string, tag: string): Promise<void> {
  return editAction(id, (row) => ({ tags: row.tags.includes(tag) ? row.tags : [...row.tags, tag] }))
}

/** Removes a tag from the stored tags. */
export function removeTagAction(id: string, tag: string): Promise<void> {
  return editAction(id, (row) => ({ tags: row.tags.filter((x) => x !== tag) }))
}

/** Ticks or unticks a theme as the checkbox now shows it, building on the stored themes. */
export function setThemeAction(id: string, themeId: string, on: boolean): Promise<void> {
  return editAction(id, (row) => ({
    themes: on ? (row.themes.includes(themeId) ? row.themes : [...row.themes, themeId]) : row.themes.filter((x) => x !== themeId),
  }))
}

/**
 * Attaches an annotation by hand to a passage selected in its document (undo puts the row back as it
 * was, orphaned or where it stood; redo attaches it again).
 * @param textHash the hash of the text the selection was made on (see reattachAnnotation)
 * @returns the recorded action, or why nothing was written
 */
export async function reattachAction(
  id: string,
  span: { start: number; end: number },
  textHash: string,
): Promise<Result<UndoAction, ReattachError>> {
  const done = await reattachAnnotation(id, span, textHash)
  if (!done.ok) return done
  const { before, after } = done.value
  return {
    ok: true,
    value: record({
      label: 'annotations.action.reattach',
      undo: () => restoreAnnotations([before]),
      redo: () => restoreAnnotations([after]),
    }),
  }
}

/** Deletes annotations (undo puts the very rows back); undefined when none of the ids existed. */
export async function deleteAction(ids: readonly string[]): Promise<UndoAction | undefined> {
  const rows = await deleteAnnotations(ids)
  if (rows.length === 0) return undefined
  if (rows.some((row) => row.id === getAnnotationUi().selectedId)) setAnnotationUi({ selectedId: null })
  return record({
    label: 'annotations.action.delete',
    undo: () => restoreAnnotations(rows),
    redo: async () => void (await deleteAnnotations(rows.map((row) => row.id))),
  })
}

/**
 * Replaces a document's text and re-anchors its annotations in one transaction (undo puts the old
 * text and the annotations exactly back; redo replaces again).
 * @returns the counts and the recorded action, or undefined when the document no longer exists
 */
export async function replaceTextAction(
  documentId: string,
  next: NextText,
): Promise<{ replacement: TextReplacement; action: UndoAction } | undefined> {
  const done = await replaceTextAndReanchor(documentId, next)
  if (!done) return undefined
  let latest = done
  const action = record({
    label: 'annotations.action.replace',
    undo: () => undoTextReplacement(latest),
    redo: async () => {
      latest = (await replaceTextAndReanchor(documentId, next)) ?? latest
    },
  })
  return { replacement: done, action }
}

/**
 * Undoes one particular action (a notice's Undo button), even when other actions came after it;
 * does nothing when it was already undone.
 */
export async function undoAction(action: UndoAction): Promise<void> {
  const { stack } = getAnnotationUi()
  if (!stack.done.includes(action)) return
  setAnnotationUi({ stack: { done: stack.done.filter((a) => a !== action), undone: [...stack.undone, action] } })
  await action.undo()
}

/** Undoes the last action; resolves to its label, or undefined when there was nothing to undo. */
export function undoLast(): Promise<MessageKey | undefined> {
  return replay(takeUndo, (action) => action.undo())
}

/** Redoes the last undone action; resolves to its label, or undefined when there was none. */
export function redoLast(): Promise<MessageKey | undefined> {
  return replay(takeRedo, (action) => action.redo())
}

/** Moves the action `take` picks to the other side of the history first, then runs it. */
async function replay(
  take: (stack: UndoStack) => { action: UndoAction; stack: UndoStack } | undefined,
  run: (action: UndoAction) => Promise<void>,
): Promise<MessageKey | undefined> {
  const taken = take(getAnnotationUi().stack)
  if (!taken) return undefined
  setAnnotationUi({ stack: taken.stack })
  await run(taken.action)
  return taken.action.label
}
