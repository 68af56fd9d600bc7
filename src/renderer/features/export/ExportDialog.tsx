/**
 * The export dialog: scope, format, grouping, inclusions and order on the left, a live preview on
 * the right, and Save / Copy Markdown. Data and choices come from hooks; rendering runs in a worker.
 */
import { useEffect, useMemo, useState } from 'react'
import { DEFAULT_EXPORT_TITLE, type ExportOptions } from '../../../core/export'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { Dialog } from '../../ui/Dialog'
import { useStableValue } from '../../ui/useStableValue'
import { themeLabel, useCodebook } from '../codebook'
import { useDocumentLabels } from '../sets'
import { scopeLabel, selectAnnotations, selectMemos, type ExportContext } from './export-scope'
import { OptionsFields } from './OptionsFields'
import { PreviewPane } from './PreviewPane'
import { ScopeFields } from './ScopeFields'
import { useAlignedPassages } from './useAlignedPassages'
import { useAnnotationEchoes } from './useAnnotationEchoes'
import { useExportActions } from './useExportActions'
import { useExportChoices } from './useExportChoices'
import { useExportLibrary, useExportPayload } from './useExportPayload'
import { useExportPreview } from './useExportPreview'
import { CODER_FORMATS, CoderField } from './CoderField'
import { useCoderName } from './useCoderName'
import { DEFAULT_PREFERENCES } from './export-preferences'
import './export.css'

interface ExportDialogProps {
  context: ExportContext
  onClose(): void
}

/** The app version written into exports (the web build knows it at once, Electron asks main). */
function useAppVersion(): string {
  const [version, setVersion] = useState('')
  useEffect(() => {
    void getPlatform()
      .appInfo()
      .then((info) => setVersion(`Bidu ${info.version}`.trim()))
  }, [])
  return version
}

export function ExportDialog({ context, onClose }: ExportDialogProps) {
  const { t, locale } = useI18n()
  const library = useExportLibrary()
  const codebookState = useCodebook()
  const { codebook } = codebookState
  const choices = useExportChoices(context, library?.annotations, codebook)
  const preferences = choices.preferences ?? DEFAULT_PREFERENCES
  const appVersion = useAppVersion()
  // The preview shows the time the dialog opened; saving stamps the time of the click.
  const [openedAt] = useState(() => new Date())

  const scope = useStableValue(choices.scope)
  const annotations = useMemo(() => (library ? selectAnnotations(scope, library.annotations) : []), [library, scope])
  const aligned = useAlignedPassages(
    preferences.include.aligned && preferences.format === 'md',
    library?.documents,
    annotations,
    codebookState,
  )
  const memos = useMemo(() => (library ? selectMemos(scope, library.memos, annotations) : []), [library, scope, annotations])
  const labels = useDocumentLabels()
  const headingOf = useMemo(() => (docId: string) => labels(docId).label, [labels])
  const echoes = useAnnotationEchoes(preferences.include.echoes && preferences.format === 'md', annotations, headingOf)
  const payload = useExportPayload(
    choices.preferences && library?.documents,
    annotations,
    codebook,
    aligned.alignedOf,
    memos,
    headingOf,
    echoes.echoesOf,
  )
  const coder = useCoderName()
  const label = scopeLabel(
    choices.scope,
    library?.documents ?? [],
    (id) => {
      const theme = codebook.themes.find((th) => th.id === id)
      return theme ? themeLabel(theme, locale) : undefined
    },
    headingOf,
  )
  const options = useMemo<ExportOptions>(
    () => ({
      grouping: preferences.grouping,
      include: preferences.include,
      order: preferences.order,
      now: openedAt,
      appVersion,
      title: label ? `${DEFAULT_EXPORT_TITLE} · ${label}` : DEFAULT_EXPORT_TITLE,
      coderName: coder.name,
    }),
    [preferences, openedAt, appVersion, label, coder.name],
  )
  const preview = useExportPreview(payload, preferences.format, options)
  const actions = useExportActions(payload, preferences.format, options, label)
  const annotated = useMemo(() => new Set(library?.annotations.map((a) => a.documentId)), [library])
  const documentCount = payload?.documents.length ?? 0
  const empty = annotations.length === 0 && memos.length === 0
  // Nothing is written without every section the options include (aligned passages take a while).
  const blocked = empty || actions.busy || !payload || !aligned.complete || !echoes.complete
  const status =
    aligned.error !== undefined
      ? t('export.alignedFailed', { reason: aligned.error })
      : !aligned.complete && !empty
        ? t('export.aligningProgress', { done: aligned.progress?.done ?? 0, total: aligned.progress?.total ?? '…' })
        : empty
          ? t('export.nothing')
          : t('export.count', { count: annotations.length, documents: documentCount })

  return (
    <Dialog
      open
      wide
      title={t('export.title')}
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          <span className="export-status" role="status" data-testid="export-count">
            {status}
          </span>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" disabled={blocked} onClick={() => void actions.copyMarkdown()}>
            {t('export.copyMarkdown')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={blocked}
            onClick={() => {
              if (CODER_FORMATS.has(preferences.format)) coder.remember()
              void actions.save()
            }}
          >
            {actions.busy
              ? actions.progress === undefined
                ? t('export.working')
                : t('export.workingShare', { percent: Math.round(actions.progress * 100) })
              : t('export.save')}
          </button>
        </>
      }
    >
      <div className="export-dialog">
        <div className="export-options">
          <ScopeFields
            choices={choices}
            context={context}
            documents={library?.documents ?? []}
            annotated={annotated}
            codebook={codebook}
            labelOf={labels}
          />
          <OptionsFields preferences={preferences} onChange={choices.change} />
          {CODER_FORMATS.has(preferences.format) && <CoderField coder={coder} />}
        </div>
        <PreviewPane state={preview} />
      </div>
    </Dialog>
  )
}
