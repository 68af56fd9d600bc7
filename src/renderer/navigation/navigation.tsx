/**
 * Which view is shown. State-based routing (no router library): the current view id lives in a
 * context and is persisted in settings, so a reload comes back to the same view.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { getSetting, setSetting } from '../db/settings'
import { VIEW_IDS, type ViewId } from './view-ids'

interface Navigation {
  view: ViewId
  go(view: ViewId): void
}

const NavigationContext = createContext<Navigation>({ view: 'library', go: () => {} })

function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value)
}

/** The mounted provider's `go`, for features that switch views from outside components (see navigateTo). */
let outsideGo: ((view: ViewId) => void) | null = null

/**
 * Switches the view from outside a component (e.g. a feature's `openLanes(filter)` called from another
 * view's handler). Does nothing before the shell has mounted.
 */
export function navigateTo(view: ViewId): void {
  outsideGo?.(view)
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ViewId | null>(null)
  useEffect(() => {
    void getSetting('view').then((stored) => setView((current) => current ?? (isViewId(stored) ? stored : 'library')))
  }, [])
  const go = useCallback((next: ViewId) => {
    setView(next)
    void setSetting('view', next)
  }, [])
  useEffect(() => {
    outsideGo = go
    return () => {
      if (outsideGo === go) outsideGo = null
    }
  }, [go])
  const value = useMemo(() => (view ? { view, go } : null), [view, go])
  // Render nothing until the stored view is known, so a reload does not flash the library.
  if (!value) return null
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

/** The current view and a function to switch views. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}
