/** An annotation's themes as chips, each named in the interface language. */
import { useThemeLabel } from './useThemes'

export function ThemeChips({ themes }: { themes: readonly string[] }) {
  const themeLabel = useThemeLabel()
  return themes.map((id) => (
    <span key={id} className="chip small theme-chip" data-testid="theme-chip">
      {themeLabel(id)}
    </span>
  ))
}
