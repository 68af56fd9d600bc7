/**
 * The earlier texts of a document (kept when an import was confirmed as a new version of it), each
 * with "Put this version back", which re-anchors the annotations on that text and keeps the current
 * one as a version in turn. Shows nothing when the document has no earlier version.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { listVersions, restoreVersion } from '../../db/versions'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'

export function EarlierVersions({ documentId }: { documentId: string }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const versions = useLiveQuery(() => listVersions(documentId), [documentId])
  if (!versions || versions.length === 0) return null
  const putBack = async (id: string): Promise<void> => {
    const counts = await restoreVersion(id)
    if (counts) toast.show({ message: `${t('library.versionRestored')} ${t('annotations.reanchored', counts)}` })
  }
  return (
    <section className="earlier-versions" data-testid="earlier-versions">
      <h3>{t('library.earlierVersions')}</h3>
      <ul>
        {versions.map((v) => (
          <li key={v.id}>
            {t('library.versionLine', {
              file: v.fileName,
              date: new Date(v.replacedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en'),
              length: v.text.length,
            })}{' '}
            <button type="button" onClick={() => void putBack(v.id)}>
              {t('library.putVersionBack')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
