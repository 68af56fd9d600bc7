/**
 * The export feature: the export dialog (scope, grouping, inclusions, order, format, live preview,
 * save and copy), its provider and toolbar buttons, and importing W3C JSON-LD annotations into the
 * library. Mount ExportProvider once in the shell; open the dialog with useExport().openExport(context).
 */
export { ExportProvider, useExport } from './ExportProvider'
export { ExportButton, ImportAnnotationsButton } from './ExportButtons'
export { filterLabel } from './filter-label'
