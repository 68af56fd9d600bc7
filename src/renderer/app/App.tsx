/**
 * The shell: providers (language, toasts, navigation, import), the top bar with the view tabs and the
 * language switch, and the current view. First-run seeding and menu commands are wired here.
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { I18nProvider, LOCALES, useI18n } from '../i18n'
import { ToastProvider, useToast } from '../ui/Toast'
import { optionsOf, Select } from '../ui/Select'
import { ImportProvider, useImport } from '../features/import'
import { ExportProvider, useExport } from '../features/export'
import { restoreMissingSamples, seedSamplesOnFirstRun } from '../features/library'
import { BackupProvider, runDailyBackup, useBackup } from '../features/backup'
import { purgeTrash } from '../db/trash'
import { AnalysisPrewarm } from '../features/analysis'
import { UnexpectedErrors } from './UnexpectedErrors'
import { ViewBoundary } from './ViewBoundary'
import { getPlatform } from '../platform'
import { NavigationProvider, useNavigation } from '../navigation'
import { VIEWS } from './views'
import { AboutDialog } from './AboutDialog'
import { messageOf } from '../../core/result'

function TopBar() {
  const { t, locale, setLocale } = useI18n()
  const { view, go } = useNavigation()
  return (
    <header className="top-bar">
      <span className="brand">{t('app.name')}</span>
      <nav className="tabs" aria-label={t('nav.views')}>
        {VIEWS.map(({ id, label }) => (
          <button key={id} type="button" className="tab" aria-current={view === id ? 'page' : undefined} onClick={() => go(id)}>
            {t(label)}
          </button>
        ))}
      </nav>
      <span className="toolbar-spacer" />
      <label className="locale-switch">
        <span className="visually-hidden">{t('app.language')}</span>
        <Select
          value={locale}
          options={optionsOf(LOCALES, (code) => t(`locale.${code}`))}
          onChange={setLocale}
          aria-label={t('app.language')}
        />
      </label>
    </header>
  )
}

/** Seeds the samples on first run and handles application-menu commands (About opens `onAbout`). */
function useStartup(onAbout: () => void): void {
  const { t } = useI18n()
  const toast = useToast()
  const { pickAndImport } = useImport()
  const { openExport } = useExport()
  const { go } = useNavigation()
  const { backup, restore } = useBackup()
  const seedFailed = useEffectEvent((error: unknown) => toast.show({ message: t('library.seedFailed', { reason: messageOf(error) }) }))
  const autoBackupFailed = useEffectEvent((error: unknown) => toast.show({ message: t('backup.autoFailed', { reason: messageOf(error) }) }))
  useEffect(() => {
    seedSamplesOnFirstRun().catch(seedFailed)
    runDailyBackup().catch(autoBackupFailed)
    purgeTrash().catch(() => undefined)
  }, [])
  useEffect(
    () =>
      getPlatform().onMenu((command) => {
        switch (command) {
          case 'import':
            go('library')
            void pickAndImport()
            return
          case 'export':
            return openExport()
          case 'restore-samples':
            return void restoreMissingSamples().then((added) =>
              toast.show({ message: added > 0 ? t('library.samplesRestored', { count: added }) : t('library.samplesPresent') }),
            )
          case 'backup':
            return void backup()
          case 'restore':
            return void restore()
          case 'about':
            return onAbout()
        }
      }),
    [go, pickAndImport, openExport, t, toast, onAbout, backup, restore],
  )
}

function Shell() {
  const [aboutOpen, setAboutOpen] = useState(false)
  useStartup(useCallback(() => setAboutOpen(true), []))
  const { view } = useNavigation()
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]
  return (
    <div className="app">
      <TopBar />
      <main className="view" id={`view-${current.id}`}>
        <ViewBoundary key={current.id}>
          <current.Component />
        </ViewBoundary>
      </main>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <AnalysisPrewarm />
      <UnexpectedErrors />
    </div>
  )
}

function Toasts({ children }: { children: React.ReactNode }) {
  const { t } = useI18n()
  return <ToastProvider closeLabel={t('common.close')}>{children}</ToastProvider>
}

export function App() {
  return (
    <I18nProvider>
      <Toasts>
        <NavigationProvider>
          <ImportProvider>
            <ExportProvider>
              <BackupProvider>
                <Shell />
              </BackupProvider>
            </ExportProvider>
          </ImportProvider>
        </NavigationProvider>
      </Toasts>
    </I18nProvider>
  )
}
