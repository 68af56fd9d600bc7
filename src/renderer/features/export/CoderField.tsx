/** The coder's name field of the export dialog, shown for the formats that name a coder (REFI-QDA, Word). */
import type { ExportFormat } from '../../../core/export'
import { useI18n } from '../../i18n'
import { MAX_CODER_NAME, type CoderName } from './useCoderName'

/** Formats whose output names the coder. */
export const CODER_FORMATS: ReadonlySet<ExportFormat> = new Set(['qdpx', 'docx'])

export function CoderField({ coder }: { coder: CoderName }) {
  const { t } = useI18n()
  return (
    <fieldset className="coder-field">
      <legend>{t('export.coder')}</legend>
      <input
        type="text"
        value={coder.name}
        maxLength={MAX_CODER_NAME}
        aria-label={t('export.coder')}
        placeholder={t('export.coderPlaceholder')}
        onChange={(e) => coder.change(e.target.value)}
      />
      {!coder.stored && <p className="hint">{t('export.coderHint')}</p>}
    </fieldset>
  )
}
