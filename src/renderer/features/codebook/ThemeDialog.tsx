/** Adds or edits one theme: Chinese and English labels, colour and weighted terms; validated before saving. */
import { useState } from 'react'
import type { Theme } from '../../../core/themes'
import { addTheme, newThemeId, updateTheme } from '../../db/codebook'
import { useI18n } from '../../i18n'
import { FormDialog } from '../../ui/FormDialog'
import { fromThemeFields, NEW_THEME_COLORS, toThemeFields, type ThemeFields } from './codebook-form'
import { useFinishEdit } from './useFinishEdit'
import { themeLabel } from './useCodebook'

interface ThemeDialogProps {
  /** The theme to edit; undefined to add one. */
  theme: Theme | undefined
  /** Ids already in the codebook (a new theme's id must differ). */
  existingIds: readonly string[]
  onClose(): void
}

export function ThemeDialog({ theme, existingIds, onClose }: ThemeDialogProps) {
  const { t, locale } = useI18n()
  const [fields, setFields] = useState<ThemeFields>(() =>
    toThemeFields(theme, NEW_THEME_COLORS[existingIds.length % NEW_THEME_COLORS.length]),
  )
  const [error, setError] = useState<string | null>(null)
  const finish = useFinishEdit(setError, onClose)
  const set = (patch: Partial<ThemeFields>): void => setFields((f) => ({ ...f, ...patch }))

  const save = async (): Promise<void> => {
    const next = fromThemeFields(fields)
    const result = theme
      ? await updateTheme(theme.id, next)
      : await addTheme({ ...next, id: newThemeId(next.labelEn || next.labelZh, existingIds) })
    finish(result, t('codebook.saved', { label: themeLabel(next, locale) }))
  }

  return (
    <FormDialog
      title={t(theme ? 'codebook.editTitle' : 'codebook.addTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      testId="theme-dialog"
    >
      {theme && (
        <label>
          <span>{t('codebook.id')}</span>
          <input value={theme.id} readOnly />
        </label>
      )}
      <label>
        <span>{t('codebook.labelZh')}</span>
        <input value={fields.labelZh} lang="zh-CN" onChange={(e) => set({ labelZh: e.target.value })} />
      </label>
      <label>
        <span>{t('codebook.labelEn')}</span>
        <input value={fields.labelEn} lang="en" onChange={(e) => set({ labelEn: e.target.value })} />
      </label>
      <label>
        <span>{t('codebook.color')}</span>
        <input type="color" value={fields.color} onChange={(e) => set({ color: e.target.value })} />
      </label>
      <label className="form-wide">
        <span>{t('codebook.terms')}</span>
        <textarea
          rows={8}
          value={fields.terms}
          lang="zh-CN"
          aria-describedby="theme-terms-hint"
          onChange={(e) => set({ terms: e.target.value })}
        />
        <small id="theme-terms-hint">{t('codebook.termsHint')}</small>
      </label>
      {error && (
        <p className="field-error form-wide" role="alert">
          {error}
        </p>
      )}
    </FormDialog>
  )
}
