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
  /**
   * Actions with the same key recorded in quick succession are one action (the saves of one note
   * while it is being typed): undo goes back to before the first, redo to after the last.
   */
  mergeKey?: string
  /** When it was recorded (ms since the epoch); needed with mergeKey. */
  at?: number
}

/** Saves of the same thing this close together (ms) merge into one undo step. */
export const MERGE_WINDOW_MS = 60_000

/** Past actions (last = most recent) and undone ones that can be redone (last = next to redo). */
export interface UndoStack {
  done: readonly UndoAction[]
  undone: readonly UndoAction[]
}

/** How many actions are remembered; older ones are dropped (each holds copies of rows). */
export const MAX_UNDO = 100

export const EMPTY_STACK: UndoStack = { done: [], undone: [] }

/**
 * Records a new action: it becomes the one to undo next, and the redo list is cleared. When the last
 * action has the same merge key and is recent (and nothing was undone since), the two become one.
 */
export function pushAction(stack: UndoStack, action: UndoAction): UndoStack {
  const top = stack.done[stack.done.length - 1]
  if (
    top &&
    stack.undone.length === 0 &&
    action.mergeKey !== undefined &&
    top.mergeKey === action.mergeKey &&
    top.at !== undefined &&
    action.at !== undefined &&
    action.at - top.at <= MERGE_WINDOW_MS
  ) {
    return { done: [...stack.done.slice(0, -1), { ...action, undo: top.undo }], undone: [] }
  }
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
