/**
 * How exports name and order memos: the project journal first, then document memos in the order of the
 * export's documents, then theme memos in codebook order; memos without text are left out. A memo on
 * a document outside the export's documents is left out too (the caller scoped the export).
 */
import type { Memo } from '../memos/types'
import { documentHeading } from './document-names'
import { themeDisplayName } from './theme-labels'
import type { ExportInput } from './types'

/** Heading words of each kind, bilingual like the rest of the export's fixed labels. */
export const MEMO_HEADINGS = {
  section: '备忘录 Memos',
  project: '项目日志 Project journal',
  document: '文档备忘录 Document memo',
  theme: '主题备忘录 Theme memo',
} as const

/** A memo ready to write: its heading and the document it is on (document memos). */
export interface PlacedMemo {
  memo: Memo
  title: string
}

/** The memos of `input` to write, in export order, each with its heading. */
export function placeMemos(input: ExportInput): PlacedMemo[] {
  const memos = (input.memos ?? []).filter((m) => m.text.trim() !== '')
  if (memos.length === 0) return []
  const out: PlacedMemo[] = []
  for (const m of memos) if (m.kind === 'project') out.push({ memo: m, title: MEMO_HEADINGS.project })
  const byDoc = new Map(memos.filter((m) => m.kind === 'document').map((m) => [m.target, m]))
  for (const doc of input.documents) {
    const m = byDoc.get(doc.id)
    if (m) out.push({ memo: m, title: `${MEMO_HEADINGS.document}: ${documentHeading(doc)}` })
  }
  const themeOrder = new Map(input.codebook.themes.map((t, i) => [t.id, i]))
  const themeMemos = memos
    .filter((m) => m.kind === 'theme')
    .sort((a, b) => (themeOrder.get(a.target) ?? Infinity) - (themeOrder.get(b.target) ?? Infinity) || (a.target < b.target ? -1 : 1))
  for (const m of themeMemos) out.push({ memo: m, title: `${MEMO_HEADINGS.theme}: ${themeDisplayName(input.codebook, m.target)}` })
  return out
}
