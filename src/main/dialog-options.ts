/**
 * Options for the open and save dialogs: file-type filters per request, names in the UI language,
 * and the folder to start in. Pure, so the choices are testable without Electron.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import { OPEN_FILTER_EXTENSIONS, SAVE_KIND_EXTENSIONS, type OpenFilter, type SaveKind } from '../shared/ipc'

interface DialogLabels {
  openTitle: string
  saveTitle: string
  allFiles: string
  filters: Record<OpenFilter, string>
  kinds: Record<SaveKind, string>
}

const ZH: DialogLabels = {
  openTitle: '选择文件',
  saveTitle: '保存',
  allFiles: '所有文件',
  filters: { documents: '文档（txt、html、docx、pdf）', backup: '比读备份', annotations: '批注（W3C JSON）' },
  kinds: {
    markdown: 'Markdown',
    csv: 'CSV 表格',
    json: 'JSON',
    qdpx: 'REFI-QDA 项目',
    docx: 'Word 文档',
    svg: 'SVG 图',
    png: 'PNG 图',
    backup: '比读备份',
  },
}

const EN: DialogLabels = {
  openTitle: 'Choose files',
  saveTitle: 'Save',
  allFiles: 'All files',
  filters: { documents: 'Documents (txt, html, docx, pdf)', backup: 'Bidu backup', annotations: 'Annotations (W3C JSON)' },
  kinds: {
    markdown: 'Markdown',
    csv: 'CSV table',
    json: 'JSON',
    qdpx: 'REFI-QDA project',
    docx: 'Word document',
    svg: 'SVG image',
    png: 'PNG image',
    backup: 'Bidu backup',
  },
}

function labelsFor(locale: string): DialogLabels {
  return /^zh\b/i.test(locale) ? ZH : EN
}

/** Multi-select open dialog for `filter`, starting in `directory`. */
export function openDialogOptions(filter: OpenFilter, locale: string, directory: string): OpenDialogOptions {
  const labels = labelsFor(locale)
  return {
    title: labels.openTitle,
    defaultPath: directory,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: labels.filters[filter], extensions: [...OPEN_FILTER_EXTENSIONS[filter]] },
      { name: labels.allFiles, extensions: ['*'] },
    ],
  }
}

/** Save dialog for a `kind` file offered as `fileName` (already sanitised) in `directory`. */
export function saveDialogOptions(kind: SaveKind, fileName: string, locale: string, directory: string): SaveDialogOptions {
  const labels = labelsFor(locale)
  return {
    title: labels.saveTitle,
    defaultPath: join(directory, fileName),
    filters: [{ name: labels.kinds[kind], extensions: [...SAVE_KIND_EXTENSIONS[kind]] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}
