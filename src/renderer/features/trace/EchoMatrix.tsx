/**
 * "Echo by theme": documents × themes, each cell the share of the document's passages of that theme
 * that repeats its references (heat-coloured like the theme matrix; empty where the document has no
 * passage of the theme). A click selects the cell, whose passages the view lists below.
 */
import { formatShare, heatColor, heatLevel, heatTextColor } from '../../../core/matrix'
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { themeLabel } from '../codebook'
import type { LabelOf } from '../sets'
import type { TracedDocument } from './useTraces'

/** A chosen cell. */
export interface EchoCell {
  docId: string
  themeId: string
}

interface EchoMatrixProps {
  documents: TracedDocument[]
  themes: readonly Theme[]
  labelOf: LabelOf
  selected?: EchoCell
  onCell(cell: EchoCell): void
}

export function EchoMatrix({ documents, themes, labelOf, selected, onCell }: EchoMatrixProps) {
  const { t, locale } = useI18n()
  const traced = documents.filter((d) => d.trace && d.referenceIds.length > 0)
  if (traced.length === 0) return <p className="hint">{t('trace.byThemeEmpty')}</p>
  return (
    <table className="trace-matrix" data-testid="trace-matrix">
      <thead>
        <tr>
          <th scope="col">{t('trace.table.document')}</th>
          {themes.map((theme) => (
            <th key={theme.id} scope="col">
              <span className="swatch" style={{ background: theme.color }} />
              {themeLabel(theme, locale)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {traced.map(({ doc, trace }) => (
          <tr key={doc.id}>
            <th scope="row" title={labelOf(doc.id).title}>
              {labelOf(doc.id).label}
            </th>
            {themes.map((theme) => {
              const echo = trace!.themes[theme.id]
              if (!echo) return <td key={theme.id} className="trace-cell empty" />
              const level = heatLevel(echo.share, 1)
              const title = t('trace.cellTitle', {
                theme: themeLabel(theme, locale),
                document: labelOf(doc.id).label,
                share: formatShare(echo.share),
              })
              const pressed = selected?.docId === doc.id && selected.themeId === theme.id
              return (
                <td key={theme.id} className="trace-cell" style={{ background: heatColor(level), color: heatTextColor(level) }}>
                  <button
                    type="button"
                    data-testid="trace-cell"
                    aria-pressed={pressed}
                    title={title}
                    aria-label={title}
                    onClick={() => onCell({ docId: doc.id, themeId: theme.id })}
                  >
                    {formatShare(echo.share)}
                  </button>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
