/**
 * Recognising the browser's storage quota in an IndexedDB failure: a write refused at the quota
 * aborts its transaction (nothing of it is stored), and Dexie reports it as the QuotaExceededError
 * itself or as an AbortError wrapping it.
 */

/** True for the errors IndexedDB raises when the browser's quota is used up (Dexie wraps them). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const inner = (error as { inner?: unknown }).inner
  return error.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError')
}
