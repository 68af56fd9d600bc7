/**
 * Runtime check of a memo record (backups, restores): known kind, string fields, the id matching its
 * target. Does not check that the target document or theme exists (the caller knows the library).
 */
import { fail, ok, type Result } from '../result'
import { MEMO_KINDS, memoId, type Memo } from './types'

/**
 * Validates `raw` as a {@link Memo}.
 * @returns a fresh memo holding only known fields, or BAD_MEMO naming the field at fault
 */
export function validateMemo(raw: unknown): Result<Memo, 'BAD_MEMO'> {
  const bad = (what: string) => fail('BAD_MEMO' as const, what)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('not an object')
  const r = raw as Record<string, unknown>
  const kind = MEMO_KINDS.find((k) => k === r.kind)
  if (!kind) return bad(`kind must be one of ${MEMO_KINDS.join(', ')}`)
  for (const key of ['id', 'target', 'text', 'created', 'updated'] as const) {
    if (typeof r[key] !== 'string') return bad(`${key} must be a string`)
  }
  const target = r.target as string
  if (kind !== 'project' && target === '') return bad(`a ${kind} memo needs a target`)
  if (r.id !== memoId(kind, target)) return bad(`id must be ${memoId(kind, target)}`)
  return ok({
    id: r.id,
    kind,
    target: kind === 'project' ? '' : target,
    text: r.text as string,
    created: r.created as string,
    updated: r.updated as string,
  })
}
