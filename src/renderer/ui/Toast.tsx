/**
 * Short notices at the bottom of the window, announced to screen readers, with an optional action
 * (typically Undo). One provider at the app root; features call `useToast().show(...)`.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

export interface ToastOptions {
  message: string
  /** Label of the action button, e.g. "Undo". */
  actionLabel?: string
  onAction?: () => void
  /** How long the toast stays; long enough to reach the Undo button by keyboard. */
  durationMs?: number
}

interface ToastItem extends ToastOptions {
  id: number
}

const DEFAULT_DURATION_MS = 8000

const ToastContext = createContext<{ show(options: ToastOptions): void }>({ show: () => {} })

export function ToastProvider({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const [toasts, setToasts] = useState<ToastItem[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), [])
  const show = useCallback(
    (options: ToastOptions) => {
      const id = nextId.current++
      setToasts((list) => [...list, { ...options, id }])
      setTimeout(() => dismiss(id), options.durationMs ?? DEFAULT_DURATION_MS)
    },
    [dismiss],
  )
  const value = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" data-testid="toast">
            <span>{toast.message}</span>
            {toast.actionLabel && toast.onAction && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  dismiss(toast.id)
                  toast.onAction?.()
                }}
              >
                {toast.actionLabel}
              </button>
            )}
            <button type="button" className="toast-close" aria-label={closeLabel} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

/** Shows toasts from any component under the provider. */
export function useToast(): { show(options: ToastOptions): void } {
  return useContext(ToastContext)
}
