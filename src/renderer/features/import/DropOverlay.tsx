/** A hint over the window while files are dragged onto it (the drop itself is handled by the platform). */
import { useEffect, useState } from 'react'
import { useI18n } from '../../i18n'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

export function DropOverlay() {
  const { t } = useI18n()
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when we really left.
    let depth = 0
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return
      depth++
      setVisible(true)
    }
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setVisible(false)
    }
    const end = (): void => {
      depth = 0
      setVisible(false)
    }
    const listening = new AbortController()
    const { signal } = listening
    window.addEventListener('dragenter', enter, { signal })
    window.addEventListener('dragleave', leave, { signal })
    window.addEventListener('drop', end, { signal })
    window.addEventListener('dragend', end, { signal })
    return () => listening.abort()
  }, [])
  if (!visible) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('import.dropHint')}</p>
    </div>
  )
}
