/** A labelled select of the codebook's themes (optionally with an "all themes" entry). */
import type { Theme } from '../../../core/themes'
import { useI18n, type MessageKey } from '../../i18n'
import { themeLabel } from '../codebook'

interface ThemePickerProps {
  themes: readonly Theme[]
  value: string | undefined
  onChange(themeId: string | undefined): void
  /** Label of an extra first entry meaning "no particular theme". */
  anyLabel?: MessageKey
}

export function ThemePicker({ themes, value, onChange, anyLabel }: ThemePickerProps) {
  const { t, locale } = useI18n()
  return (
    <label className="theme-picker">
      <span>{t('lanes.theme')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid="theme-picker">
        {anyLabel && <option value="">{t(anyLabel)}</option>}
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {themeLabel(theme, locale)}
          </option>
        ))}
      </select>
    </label>
  )
}
