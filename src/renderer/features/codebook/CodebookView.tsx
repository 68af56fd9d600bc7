/**
 * The codebook view: every theme with its colour, labels and term count; add, edit, delete (asking
 * first when annotations use the theme), its sub-themes edited in place (SubthemeEditor), export and
 * import as JSON, reset to the built-in codebook. Every change can be undone from its toast. Terms
 * that would tag nearly every passage are named in a warning above the list.
 */
import { Fragment, useState } from 'react'
import type { Theme } from '../../../core/themes'
import { countAnnotationsWithTheme, deleteTheme, readCodebook, resetCodebook } from '../../db/codebook'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { exportCodebook, importCodebookFile, restoreCodebook } from './codebook-actions'
import { backupBefore } from '../backup'
import { SubthemeEditor } from './SubthemeEditor'
import { ThemeDialog } from './ThemeDialog'
import { themeLabel, useCodebook } from './useCodebook'
import { useBroadTerms } from './useBroadTerms'
import './codebook.css'
import { messageOf } from '../../../core/result'

type Confirm = { kind: 'delete'; theme: Theme; count: number } | { kind: 'reset' }

export function CodebookView() {
  const { t, locale } = useI18n()
  const toast = useToast()
  const { codebook, key } = useCodebook()
  const broad = useBroadTerms(codebook, key)
  const [editing, setEditing] = useState<Theme | 'new' | null>(null)
  const [confirm, setConfirm] = useState<Confirm | null>(null)
  const [openSubthemes, setOpenSubthemes] = useState<string | null>(null)
  const ids = codebook.themes.map((th) => th.id)

  const report = (error: unknown): void => toast.show({ message: t('codebook.invalid', { reason: messageOf(error) }) })
  const withUndo = (message: string, previous: Parameters<typeof restoreCodebook>[0]): void =>
    toast.show({ message, actionLabel: t('common.undo'), onAction: () => void restoreCodebook(previous) })

  const remove = async (theme: Theme): Promise<void> => {
    setConfirm(null)
    const result = await deleteTheme(theme.id)
    if (result.ok) withUndo(t('codebook.deleted', { label: themeLabel(theme, locale) }), result.value)
    else toast.show({ message: t('codebook.invalid', { reason: result.error.message }) })
  }
  const askRemove = async (theme: Theme): Promise<void> => {
    const count = await countAnnotationsWithTheme(theme.id)
    if (count > 0) setConfirm({ kind: 'delete', theme, count })
    else await remove(theme)
  }
  const reset = async (): Promise<void> => {
    setConfirm(null)
    await backupBefore('before-codebook')
    const result = await resetCodebook()
    if (result.ok) withUndo(t('codebook.resetDone'), result.value)
  }
  const importFile = async (): Promise<void> => {
    const result = await importCodebookFile()
    if (!result) return
    if (result.ok) withUndo(t('codebook.imported', { count: (await readCodebook()).codebook.themes.length }), result.value)
    else toast.show({ message: t('codebook.importFailed', { reason: result.error.message }) })
  }

  return (
    <section className="codebook" aria-label={t('codebook.title')}>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('codebook.add')}
        </button>
        <button type="button" onClick={() => void exportCodebook().catch(report)}>
          {t('codebook.export')}
        </button>
        <button type="button" onClick={() => void importFile().catch(report)}>
          {t('codebook.import')}
        </button>
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => setConfirm({ kind: 'reset' })}>
          {t('codebook.reset')}
        </button>
      </div>
      <p className="hint">{t('codebook.intro')}</p>
      {broad.length > 0 && (
        <div className="broad-terms" role="status" data-testid="broad-terms">
          <strong>{t('codebook.broadTitle')}</strong>
          <ul>
            {broad.map((b) => {
              const theme = codebook.themes.find((th) => th.id === b.themeId)
              const params = {
                term: b.term,
                theme: theme ? themeLabel(theme, locale) : b.themeId,
                weight: b.weight,
                percent: Math.round(b.share * 100),
              }
              return <li key={`${b.themeId}|${b.term}`}>{t('codebook.broadTerm', params)}</li>
            })}
          </ul>
        </div>
      )}
      <ul className="theme-list" data-testid="theme-list">
        {codebook.themes.map((theme) => (
          <Fragment key={theme.id}>
            <li className="theme-item" data-testid="theme-item" data-theme-id={theme.id}>
              <span className="theme-swatch" style={{ background: theme.color }} aria-hidden="true" />
              <span className="theme-labels">
                <strong lang="zh-CN">{theme.labelZh}</strong> <span lang="en">{theme.labelEn}</span>
              </span>
              <span className="theme-terms" title={theme.terms.map((x) => x.term).join('、')}>
                {t('codebook.termCount', { count: theme.terms.length })}
              </span>
              <button
                type="button"
                aria-expanded={openSubthemes === theme.id}
                onClick={() => setOpenSubthemes((open) => (open === theme.id ? null : theme.id))}
                title={(theme.subthemes ?? []).map((s) => themeLabel(s, locale)).join('、')}
              >
                {t('codebook.subthemes', { count: theme.subthemes?.length ?? 0 })}
              </button>
              <button type="button" onClick={() => setEditing(theme)} aria-label={`${t('codebook.edit')} ${themeLabel(theme, locale)}`}>
                {t('codebook.edit')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void askRemove(theme).catch(report)}
                aria-label={`${t('codebook.delete')} ${themeLabel(theme, locale)}`}
              >
                {t('codebook.delete')}
              </button>
            </li>
            {openSubthemes === theme.id && (
              <li className="theme-subthemes">
                <SubthemeEditor theme={theme} onClose={() => setOpenSubthemes(null)} />
              </li>
            )}
          </Fragment>
        ))}
      </ul>
      {editing && <ThemeDialog theme={editing === 'new' ? undefined : editing} existingIds={ids} onClose={() => setEditing(null)} />}
      <Dialog
        open={confirm !== null}
        title={t(confirm?.kind === 'reset' ? 'codebook.confirmResetTitle' : 'codebook.confirmDeleteTitle')}
        onClose={() => setConfirm(null)}
        testId="confirm-codebook"
        dismiss="cancel"
        footer={
          <button
            type="button"
            className="danger"
            onClick={() => void (confirm?.kind === 'delete' ? remove(confirm.theme) : reset()).catch(report)}
          >
            {t(confirm?.kind === 'reset' ? 'codebook.reset' : 'common.delete')}
          </button>
        }
      >
        <p>
          {confirm?.kind === 'delete'
            ? t('codebook.confirmDelete', { count: confirm.count, label: themeLabel(confirm.theme, locale) })
            : t('codebook.confirmReset')}
        </p>
      </Dialog>
    </section>
  )
}
