/**
 * Adds the selected documents to a comparison set chosen by documents, or makes a new set of them; the
 * set becomes the one the compare views work on. Sets chosen by places or level are rules, not lists,
 * so they are not offered.
 */
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { addToSet, listSets } from '../../db/comparison-sets'
import { useI18n, type MessageKey } from '../../i18n'
import { FormDialog } from '../../ui/FormDialog'
import { Select } from '../../ui/Select'
import { useToast } from '../../ui/Toast'

const NEW_SET = ''

export function AddToSetDialog({ ids, onClose }: { ids: readonly string[]; onClose(): void }) {
  const { t } = useI18n()
  const toast = useToast()
  const sets = useLiveQuery(async () => (await listSets()).filter((s) => s.rule.kind === 'documents'), [])
  const [target, setTarget] = useState(NEW_SET)
  const [name, setName] = useState('')
  const [error, setError] = useState('')

  const save = async (): Promise<void> => {
    const result = await addToSet(target === NEW_SET ? { name } : { setId: target }, ids)
    if (!result.ok) return setError(t(`sets.problem.${result.problem}` as MessageKey))
    onClose()
    const count = result.set.rule.kind === 'documents' ? result.set.rule.ids.length : ids.length
    toast.show({ message: t('bulk.addedToSet', { name: result.set.name, count }) })
  }

  return (
    <FormDialog
      title={t('bulk.setTitle', { count: ids.length })}
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel={t('bulk.add')}
      after={
        error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )
      }
      nativeValidation
      testId="add-to-set-dialog"
    >
      <label>
        <span>{t('bulk.set')}</span>
        <Select
          value={target}
          emptyLabel={t('bulk.newSet')}
          options={(sets ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={setTarget}
        />
      </label>
      {target === NEW_SET && (
        <label>
          <span>{t('sets.name')}</span>
          <input value={name} placeholder={t('sets.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
      )}
    </FormDialog>
  )
}
