/** Public entry of memos: the record type, its id rule and its validator. */
export { memoId, sortMemos, MEMO_KINDS, type Memo, type MemoKind } from './types'
export { validateMemo } from './validate-memo'
