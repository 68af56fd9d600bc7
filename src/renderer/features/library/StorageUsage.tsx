/**
 * The library's size on disk, as the browser counts this app's storage (IndexedDB: documents,
 * annotations, the analysis cache), and the room left under its quota; measured again whenever the
 * library changes. Shows nothing where the browser cannot tell.
 */
import { useEffect, useState } from 'react'
import { useI18n } from '../../i18n'

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/** Bytes as a short size: 1 decimal below 10 units, none above (1,024 per step). */
export function formatSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const digits = value < 10 && unit > 0 ? 1 : 0
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${UNITS[unit]}`
}

/** `version` changes whenever the library does (so the size is measured again). */
export function StorageUsage({ version }: { version: unknown }) {
  const { t, locale } = useI18n()
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null)
  useEffect(() => {
    let live = true
    void navigator.storage
      ?.estimate?.()
      .then((e) => live && e.usage !== undefined && e.quota !== undefined && setEstimate({ usage: e.usage, quota: e.quota }))
    return () => {
      live = false
    }
  }, [version])
  if (!estimate) return null
  const tag = locale === 'zh' ? 'zh-CN' : 'en'
  return (
    <p className="library-storage" data-testid="library-storage">
      {t('library.storage', { used: formatSize(estimate.usage, tag), free: formatSize(Math.max(0, estimate.quota - estimate.usage), tag) })}
    </p>
  )
}
