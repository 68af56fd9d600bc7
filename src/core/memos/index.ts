/** Public entry of memos: the record type, its id rule and its validator. */
export { MEMO_KINDS, memoId, sortMemos, type Memo, type MemoKind } from './types'
export { validateMemo } from './validate-memo'
