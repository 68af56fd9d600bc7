/**
 * The annotation feature's undo history: a list of small named actions, each able to undo and redo
 * itself. Pure data and functions (the store in annotation-store.ts holds one and runs the actions).
 * Not app-wide: only annotation operations (create, edit, delete, text replacement) go here.
 */
import type { MessageKey } from '../../i18n'

/** One user operation that can be reversed and repeated. */
export interface UndoAction {
  /** What the operation was, for the "Undone: …" notice. */
  label: MessageKey
  undo(): Promise<void>
  redo(): Promise<void>
}

/** Past actions (last = most recent) and undone ones that can be redone (last = next to redo). */
export interface UndoStack {
  done: readonly UndoAction[]
  undone: readonly UndoAction[]
}

/** How many actions are remembered; older ones are dropped (each holds copies of rows). */
export const MAX_UNDO = 100

export const EMPTY_STACK: UndoStack = { done: [], undone: [] }

/** Records a new action: it becomes the one to undo next, and the redo list is cleared. */
export function pushAction(stack: UndoStack, action: UndoAction): UndoStack {
  return { done: [...stack.done, action].slice(-MAX_UNDO), undone: [] }
}

/** Takes the action to undo; undefined when there is none. */
export function takeUndo(stack: UndoStack): { action: UndoAction; stack: UndoStack } | undefined {
  const action = stack.done[stack.done.length - 1]
  if (!action) return undefined
  return { action, stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, action] } }
}

/** Takes the action to redo; undefined when there is none. */
export function takeRedo(stack: UndoStack): { action: UndoAction; stack: UndoStack } | undefined {
  const action = stack.undone[stack.undone.length - 1]
  if (!action) return undefined
  return { action, stack: { done: [...stack.done, action], undone: stack.undone.slice(0, -1) } }
}
