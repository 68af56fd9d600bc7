/**
 * Help → About: the app's name and version, what it is for, and where the library is kept (on this
 * machine only). Opened by the application menu; the web build has no menu, so it never shows there.
 */
import { useEffect, useState } from 'react'
import { useI18n } from '../i18n'
import { getPlatform, type PlatformInfo } from '../platform'
import { Dialog } from '../ui/Dialog'

export function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n()
  const [info, setInfo] = useState<PlatformInfo | null>(null)
  useEffect(() => {
    if (open) void getPlatform().appInfo().then(setInfo)
  }, [open])
  return (
    <Dialog open={open} title={t('about.title')} onClose={onClose} testId="about-dialog" dismiss="close">
      <p>
        <strong>{t('app.name')}</strong> {info?.version ?? ''}
      </p>
      <p>{t('about.description')}</p>
      <p>{info?.kind === 'web' ? t('about.dataWeb') : t('about.dataDesktop')}</p>
    </Dialog>
  )
}
