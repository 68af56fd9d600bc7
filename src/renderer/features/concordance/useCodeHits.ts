/**
 * Runs "Code all hits" for the concordance view: asks the analysis worker which spans the ticked hits
 * code (hit, sentence or passage, as it parses and classifies them for every view), stores them as one
 * undoable action, and reports the outcome in a notice with Undo. Errors are caught here, at the top of the user's action.
 */
import { useCallback, useState } from 'react'
import type { ConcordanceHit } from '../../../core/concordance'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { codeSpansInWorker } from '../../workers/analysis-client'
import { codeSpansAction, undoLast, type CodeChoice } from '../annotations'
import { themeCodeOptions, useCodebook } from '../codebook'
import type { CodeScope } from '../../../core/concordance'
import { messageOf } from '../../../core/result'

export function useCodeHits(docs: ReadonlyMap<string, StoredDocument>): {
  busy: boolean
  code(hits: ConcordanceHit[], choice: CodeChoice, scope: CodeScope): void
} {
  const { t, locale } = useI18n()
  const toast = useToast()
  const { codebook, key: codebookKey } = useCodebook()
  const [busy, setBusy] = useState(false)
  const code = useCallback(
    (hits: ConcordanceHit[], choice: CodeChoice, scope: CodeScope) => {
      setBusy(true)
      const codeName = themeCodeOptions(codebook.themes, locale).find((o) => o.value === choice.themeId)?.label ?? choice.themeId
      const texts = new Map([...docs].map(([id, doc]) => [id, doc.text]))
      const hitDocs = new Set(hits.map((h) => h.docId))
      codeSpansInWorker({
        hits: hits.map(({ docId, start, end }) => ({ docId, start, end })),
        scope,
        docs: [...docs.values()].filter((d) => hitDocs.has(d.id)).map(({ id, textHash, text }) => ({ id, textHash, text })),
        codebook,
        codebookKey,
      })
        .then((spans) => codeSpansAction(spans, texts, choice, 'concordance.code.action'))
        .then(
          ({ rows, skipped }) =>
            toast.show(
              rows.length === 0
                ? { message: t('concordance.code.nothing', { skipped }) }
                : {
                    message: t(skipped > 0 ? 'concordance.code.doneSkipped' : 'concordance.code.done', {
                      count: rows.length,
                      theme: codeName,
                      skipped,
                    }),
                    actionLabel: t('common.undo'),
                    onAction: () => void undoLast(),
                  },
            ),
          (error: unknown) => toast.show({ message: t('concordance.code.failed', { reason: messageOf(error) }) }),
        )
        .finally(() => setBusy(false))
    },
    [codebook, codebookKey, docs, locale, t, toast],
  )
  return { busy, code }
}
