/**
 * Reading browser `File` objects (file input, drag-and-drop) into names and bytes, refusing files
 * over the import limit before reading them, and listening for files dropped onto the window.
 * Used by both platforms: a drop is a page event in Electron too.
 */
import { MAX_IMPORT_BYTES } from '../../core/import/types'
import type { PickedFiles } from './types'
import { messageOf } from '../../core/result'

/**
 * Reads files; those over `maxBytes` (the import limit unless the caller opens a backup, see the
 * IPC contract's maxOpenBytes) or unreadable are refused with a message.
 */
export async function readFiles(files: Iterable<File>, maxBytes: number = MAX_IMPORT_BYTES): Promise<PickedFiles> {
  const out: PickedFiles = { files: [], refused: [] }
  for (const file of files) {
    if (file.size > maxBytes) {
      out.refused.push({ name: file.name, code: 'TOO_LARGE', message: `over ${maxBytes / 1024 / 1024} MB` })
      continue
    }
    try {
      out.files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    } catch (error) {
      out.refused.push({ name: file.name, code: 'READ_FAILED', message: messageOf(error) })
    }
  }
  return out
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * Accepts files dropped anywhere on the window and passes them to `listener`.
 * Returns a function that stops listening.
 */
export function listenForDroppedFiles(listener: (files: PickedFiles) => void): () => void {
  const onDragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  }
  const onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return
    event.preventDefault()
    const files = Array.from(event.dataTransfer?.files ?? [])
    if (files.length > 0) void readFiles(files).then(listener)
  }
  window.addEventListener('dragover', onDragOver)
  window.addEventListener('drop', onDrop)
  return () => {
    window.removeEventListener('dragover', onDragOver)
    window.removeEventListener('drop', onDrop)
  }
}
