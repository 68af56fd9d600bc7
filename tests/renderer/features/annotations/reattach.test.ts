// Re-attaching an orphan by hand: the annotation gets selectors read from the selected passage, the
// current text's hash and status exact, keeps its colour, tags and note, is drawable again, and the
// change is one undo step; a selection on a stale text, an empty one, or a gone annotation writes nothing.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeSelection, hashText, type Annotation } from '../../../../src/core/anchoring'
import { getDatabase, type StoredDocument } from '../../../../src/renderer/db/database'
import { createAnnotation, reattachAnnotation, replaceTextAndReanchor } from '../../../../src/renderer/db/annotations'
import { reattachAction, redoLast, undoLast } from '../../../../src/renderer/features/annotations/annotation-actions'
import { setAnnotationUi } from '../../../../src/renderer/features/annotations/annotation-store'
import { EMPTY_STACK } from '../../../../src/renderer/features/annotations/undo-stack'
import { groupByAttention } from '../../../../src/renderer/features/annotations/annotation-filter'
import { isPlaceable } from '../../../../src/renderer/features/annotations/build-annotation'

const OLD = '一、生态环境\n空气质量优良天数比例达到95%，地表水质量稳定向好。\n二、民生\n新增城镇就业1.2万人。'
const NEW = '一、生态环境\n全年空气优良天数占比提升至96.2%，地表水质量稳定向好。\n二、民生\n新增城镇就业1.2万人。'
const NEW_PASSAGE = '全年空气优良天数占比提升至96.2%'

function doc(text: string): StoredDocument {
  return {
    id: 'd',
    fileName: 'd.txt',
    format: 'txt',
    text,
    rawText: text,
    removed: [],
    metadata: { title: 'd' } as StoredDocument['metadata'],
    textHash: hashText(text),
    importedAt: 1,
    updatedAt: 1,
  }
}

/** An annotation on OLD that the replacement by NEW orphans. */
async function orphan(): Promise<Annotation> {
  const start = OLD.indexOf('空气质量优良天数比例达到95%')
  const { quote, position } = describeSelection(OLD, start, start + 15)
  const row: Annotation = {
    id: 'a',
    documentId: 'd',
    textHash: hashText(OLD),
    quote,
    position,
    color: 'green',
    themes: ['environment'],
    tags: ['空气'],
    note: '**目标**',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    anchorStatus: 'exact',
  }
  await createAnnotation(row)
  const replaced = await replaceTextAndReanchor('d', { text: NEW, removed: [] })
  expect(replaced?.counts).toEqual({ exact: 0, fuzzy: 0, orphan: 1 })
  return (await getDatabase().annotations.get('a')) as Annotation
}

const spanOf = (passage: string) => ({ start: NEW.indexOf(passage), end: NEW.indexOf(passage) + passage.length })

beforeEach(async () => {
  setAnnotationUi({ stack: EMPTY_STACK })
  await getDatabase().documents.put(doc(OLD))
})
afterEach(async () => {
  await getDatabase().annotations.clear()
  await getDatabase().documents.clear()
})

describe('reattachAnnotation', () => {
  it('gives an orphan the selected passage: quote with context, position, current hash, status exact', async () => {
    const before = await orphan()
    expect(before.anchorStatus).toBe('orphan')
    const done = await reattachAnnotation('a', spanOf(NEW_PASSAGE), hashText(NEW), undefined, new Date('2026-03-03T00:00:00Z'))
    if (!done.ok) throw new Error(done.error.message)
    const start = NEW.indexOf(NEW_PASSAGE)
    const after = await getDatabase().annotations.get('a')
    expect(after).toEqual({
      ...before,
      quote: {
        type: 'TextQuoteSelector',
        exact: NEW_PASSAGE,
        prefix: NEW.slice(0, start),
        suffix: NEW.slice(start + NEW_PASSAGE.length, start + NEW_PASSAGE.length + 32),
      },
      position: { type: 'TextPositionSelector', start, end: start + NEW_PASSAGE.length },
      textHash: hashText(NEW),
      anchorStatus: 'exact',
      updated: '2026-03-03T00:00:00.000Z',
    })
    expect(done.value).toEqual({ before, after })
    // Drawn again, no longer listed as needing attention.
    expect(isPlaceable(after as Annotation, hashText(NEW))).toBe(true)
    expect(groupByAttention([after as Annotation], new Map([['d', hashText(NEW)]])).attention).toEqual([])
  })

  it('writes nothing for a selection made on another text version, an empty selection, or a gone annotation', async () => {
    const before = await orphan()
    const stale = await reattachAnnotation('a', spanOf(NEW_PASSAGE), hashText(OLD))
    expect(stale.ok ? 'ok' : stale.error.code).toBe('TEXT_CHANGED')
    for (const span of [
      { start: 10, end: 10 },
      { start: NEW.indexOf('\n'), end: NEW.indexOf('\n') + 1 },
      { start: -5, end: -1 },
    ]) {
      const empty = await reattachAnnotation('a', span, hashText(NEW))
      expect(empty.ok ? 'ok' : empty.error.code).toBe('EMPTY_SELECTION')
    }
    const gone = await reattachAnnotation('missing', spanOf(NEW_PASSAGE), hashText(NEW))
    expect(gone.ok ? 'ok' : gone.error.code).toBe('GONE')
    expect(await getDatabase().annotations.toArray()).toEqual([before])
  })
})

describe('reattachAction', () => {
  it('is one undo step: undo brings the orphan back exactly, redo attaches it again', async () => {
    const before = await orphan()
    const done = await reattachAction('a', spanOf(NEW_PASSAGE), hashText(NEW))
    expect(done.ok).toBe(true)
    const attached = await getDatabase().annotations.get('a')
    expect(await undoLast()).toBe('annotations.action.reattach')
    expect(await getDatabase().annotations.get('a')).toEqual(before)
    expect(await redoLast()).toBe('annotations.action.reattach')
    expect(await getDatabase().annotations.get('a')).toEqual(attached)
  })

  it('records nothing when refused', async () => {
    await orphan()
    const refused = await reattachAction('a', spanOf(NEW_PASSAGE), hashText(OLD))
    expect(refused.ok).toBe(false)
    expect(await undoLast()).toBeUndefined()
  })
})
