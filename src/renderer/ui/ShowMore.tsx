/**
 * Long tables draw their first rows and more on request: `useShownRows` keeps how many are drawn,
 * `ShowMoreButton` asks for the next ones (and is absent once every row is drawn).
 */
import { useState } from 'react'
import { useI18n } from '../i18n'

export function useShownRows<T>(rows: readonly T[], step: number): { shownRows: readonly T[]; showMore?: () => void } {
  const [shown, setShown] = useState(step)
  return { shownRows: rows.slice(0, shown), showMore: shown < rows.length ? () => setShown((n) => n + step) : undefined }
}

export function ShowMoreButton({ onClick }: { onClick: (() => void) | undefined }) {
  const { t } = useI18n()
  if (!onClick) return null
  return (
    <button type="button" className="show-more" onClick={onClick}>
      {t('concordance.showMore')}
    </button>
  )
}
