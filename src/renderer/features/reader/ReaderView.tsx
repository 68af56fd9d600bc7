/**
 * The reader: one to four documents side by side, each column with its own outline and scroll;
 * add, remove and reorder columns; optionally scroll together, by topic (each other column goes to
 * its best-aligned passage) or by heading number.
 */
import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { getDatabase, type StoredDocument } from '../../db/database'
import { listDocumentMeta } from '../../db/documents'
import { MAX_READER_COLUMNS } from '../../db/settings'
import { useI18n } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { ReaderColumn } from './ReaderColumn'
import { useReaderLayout } from './reader-layout'
import { createSectionBus } from './section-sync'
import { useTopicSync } from './useTopicSync'
import { AnalysisProgress } from '../analysis'
import type { SyncMode } from '../../db/settings'
import './reader.css'
import { AnnotationPaneToggle, ReaderAnnotationPane, useAnnotationPane, useUndoShortcuts } from '../annotations'
import { byLabel, useDocumentLabels } from '../sets'

/** The column's document; undefined while loading (or while the query is for older columns), null when deleted. */
function docOf(loaded: { key: string; docs: (StoredDocument | undefined)[] } | undefined, key: string, id: string) {
  const doc = loaded?.docs.find((d) => d?.id === id)
  if (doc) return doc
  return loaded && loaded.key === key ? null : undefined
}

const SYNC_MODES: readonly SyncMode[] = ['off', 'topic', 'heading']

export function ReaderView() {
  const { t } = useI18n()
  const [layout, actions] = useReaderLayout()
  const bus = useMemo(() => createSectionBus(), [])
  const ids = layout?.columns.map((c) => c.docId) ?? []
  const idsKey = ids.join('|')
  const loaded = useLiveQuery(async () => ({ key: idsKey, docs: await getDatabase().documents.bulkGet(ids) }), [idsKey])
  const all = useLiveQuery(() => listDocumentMeta(), [])
  const labelOf = useDocumentLabels()
  const inLabelOrder = useMemo(() => byLabel(labelOf), [labelOf])
  const topicDocs = useMemo(
    () =>
      layout?.sync === 'topic' && loaded?.key === idsKey ? loaded.docs.filter((d): d is StoredDocument => d !== undefined) : undefined,
    [layout?.sync, loaded, idsKey],
  )
  const topic = useTopicSync(topicDocs)
  const [toAdd, setToAdd] = useState('')
  // The coding-stripes margin is a reading aid switched per session, off by default.
  const [stripes, setStripes] = useState(false)
  // So is the tracing overlay (echoes of the references shaded, each a link to its source).
  const [echoes, setEchoes] = useState(false)
  const pane = useAnnotationPane(ids.length)
  useUndoShortcuts()
  if (!layout) return null
  // Named as the columns are (place · year · type), each place's reports together, year by year.
  const addable = (all ?? []).filter((doc) => !ids.includes(doc.id)).sort((a, b) => inLabelOrder(a.id, b.id))
  const full = layout.columns.length >= MAX_READER_COLUMNS

  return (
    <section className="reader" aria-label={t('nav.reader')}>
      <div className="toolbar">
        <Select
          aria-label={t('reader.addColumn')}
          value={toAdd}
          disabled={full || addable.length === 0}
          emptyLabel={full ? t('reader.full', { max: MAX_READER_COLUMNS }) : t('reader.chooseDocument')}
          options={addable.map((doc) => ({ value: doc.id, ...labelOf(doc.id) }))}
          onChange={setToAdd}
        />
        <button
          type="button"
          disabled={!toAdd || full}
          onClick={() => {
            actions.add(toAdd)
            setToAdd('')
          }}
        >
          {t('reader.addColumn')}
        </button>
        <span className="toolbar-spacer" />
        <label className="checkbox" title={t('reader.stripesHint')}>
          <input type="checkbox" checked={stripes} onChange={(e) => setStripes(e.target.checked)} />
          {t('reader.stripes')}
        </label>
        <label className="checkbox" title={t('reader.echoesHint')}>
          <input type="checkbox" checked={echoes} onChange={(e) => setEchoes(e.target.checked)} data-testid="echo-overlay" />
          {t('reader.echoes')}
        </label>
        <label title={t('reader.sync.hint')}>
          {t('reader.sync')}{' '}
          <Select
            value={layout.sync}
            options={optionsOf(SYNC_MODES, (mode) => t(`reader.sync.${mode}`))}
            onChange={actions.setSync}
            data-testid="reader-sync"
          />
        </label>
        <AnnotationPaneToggle pane={pane} />
      </div>
      {topic.status === 'running' && <AnalysisProgress running progress={topic.progress} />}
      {layout.columns.length === 0 ? (
        <p className="empty">{t('reader.empty')}</p>
      ) : (
        <div className="reader-body">
          <div className="columns" data-count={layout.columns.length}>
            {layout.columns.map((column, index) => (
              <ReaderColumn
                key={column.docId}
                column={column}
                index={index}
                count={layout.columns.length}
                doc={docOf(loaded, idsKey, column.docId)}
                actions={actions}
                bus={bus}
                sync={layout.sync === 'heading'}
                topic={layout.sync === 'topic' ? topic : undefined}
                stripes={stripes}
                echoes={echoes}
              />
            ))}
          </div>
          <ReaderAnnotationPane documentIds={ids} pane={pane} />
        </div>
      )}
    </section>
  )
}
