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
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', end)
    window.addEventListener('dragend', end)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', end)
      window.removeEventListener('dragend', end)
    }
  }, [])
  if (!visible) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('import.dropHint')}</p>
    </div>
  )
}
