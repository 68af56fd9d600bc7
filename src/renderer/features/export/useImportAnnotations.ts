/**
 * "Import annotations…": pick W3C JSON-LD files, merge each into the library (one transaction per
 * file, so one bad file does not undo the others), and report the counts or the refusal in a toast.
 */
import { useCallback } from 'react'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { useToast } from '../../ui/Toast'
import { useCodebook } from '../codebook'
import { importAnnotationsFile } from './import-annotations'
import { messageOf } from '../../../core/result'

/** Most unknown sources named in the toast; the rest are counted. */
const MAX_SOURCES_SHOWN = 3

/** Returns a function that runs the whole import; resolves when every picked file is done. */
export function useImportAnnotations(): () => Promise<void> {
  const { t } = useI18n()
  const toast = useToast()
  const { codebook } = useCodebook()
  return useCallback(async () => {
    try {
      const picked = await getPlatform().openFiles('annotations')
      for (const file of picked.refused)
        toast.show({ message: t('export.importFailed', { name: file.name, code: file.code, reason: file.message }) })
      for (const file of picked.files) {
        const result = await importAnnotationsFile(file.bytes, codebook)
        if (!result.ok) {
          toast.show({ message: t('export.importFailed', { name: file.name, code: result.error.code, reason: result.error.message }) })
          continue
        }
        const counts = result.value
        toast.show({ message: t('export.imported', { ...counts, unknownSources: counts.unknownSources.length }) })
        if (counts.unknown > 0) {
          const named = counts.unknownSources.slice(0, MAX_SOURCES_SHOWN)
          const more = counts.unknownSources.length - named.length
          toast.show({
            message: t('export.importedUnknown', {
              count: counts.unknown,
              sources: more > 0 ? `${named.join(', ')} (+${more})` : named.join(', '),
            }),
          })
        }
      }
    } catch (error) {
      toast.show({ message: t('export.importFailed', { name: '', code: 'READ_FAILED', reason: messageOf(error) }) })
    }
  }, [codebook, t, toast])
}
