/**
 * Opens the export dialog from anywhere: the library and annotation pane toolbars, and the
 * application menu's Export command (wired in the app shell). The opener passes what it knows
 * (document in view, ticked documents, the pane's filter) so the right scope is preselected.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { ExportDialog } from './ExportDialog'
import type { ExportContext } from './export-scope'

interface ExportApi {
  /** Shows the export dialog for `context` (an empty context offers one document, a theme or everything). */
  openExport(context?: ExportContext): void
}

const ExportApiContext = createContext<ExportApi>({ openExport: () => {} })

export function ExportProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<ExportContext | null>(null)
  const openExport = useCallback((context: ExportContext = {}) => setOpen(context), [])
  const value = useMemo(() => ({ openExport }), [openExport])
  return (
    <ExportApiContext.Provider value={value}>
      {children}
      {open && <ExportDialog context={open} onClose={() => setOpen(null)} />}
    </ExportApiContext.Provider>
  )
}

/** The function that opens the export dialog. */
export function useExport(): ExportApi {
  return useContext(ExportApiContext)
}
