// Pure parts of the annotation feature: highlight segments, the undo stack, and the note renderer's
// refusal to produce markup from a note.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { segmentHighlights } from '../../../../src/renderer/text-view/highlight-segments'
import {
  EMPTY_STACK,
  MAX_UNDO,
  MERGE_WINDOW_MS,
  pushAction,
  takeRedo,
  takeUndo,
  type UndoAction,
} from '../../../../src/renderer/features/annotations/undo-stack'
import { NoteMarkdown } from '../../../../src/renderer/features/annotations/NoteMarkdown'

describe('segmentHighlights', () => {
  const cases: {
    name: string
    from: number
    to: number
    hl: { id: string; start: number; end: number }[]
    want: [number, number, string[]][]
  }[] = [
    { name: 'no highlights', from: 0, to: 10, hl: [], want: [[0, 10, []]] },
    { name: 'empty range', from: 5, to: 5, hl: [{ id: 'a', start: 0, end: 9 }], want: [] },
    {
      name: 'one inside',
      from: 0,
      to: 10,
      hl: [{ id: 'a', start: 2, end: 5 }],
      want: [
        [0, 2, []],
        [2, 5, ['a']],
        [5, 10, []],
      ],
    },
    {
      name: 'overlap',
      from: 0,
      to: 10,
      hl: [
        { id: 'a', start: 1, end: 6 },
        { id: 'b', start: 4, end: 8 },
      ],
      want: [
        [0, 1, []],
        [1, 4, ['a']],
        [4, 6, ['a', 'b']],
        [6, 8, ['b']],
        [8, 10, []],
      ],
    },
    {
      name: 'nested',
      from: 0,
      to: 6,
      hl: [
        { id: 'a', start: 0, end: 6 },
        { id: 'b', start: 2, end: 3 },
      ],
      want: [
        [0, 2, ['a']],
        [2, 3, ['a', 'b']],
        [3, 6, ['a']],
      ],
    },
    {
      name: 'clipped to the paragraph',
      from: 10,
      to: 20,
      hl: [
        { id: 'a', start: 5, end: 15 },
        { id: 'b', start: 18, end: 40 },
      ],
      want: [
        [10, 15, ['a']],
        [15, 18, []],
        [18, 20, ['b']],
      ],
    },
    {
      name: 'outside, empty and reversed ignored',
      from: 0,
      to: 4,
      hl: [
        { id: 'a', start: 9, end: 12 },
        { id: 'b', start: 2, end: 2 },
        { id: 'c', start: 3, end: 1 },
      ],
      want: [[0, 4, []]],
    },
    {
      name: 'same span twice',
      from: 0,
      to: 3,
      hl: [
        { id: 'a', start: 0, end: 3 },
        { id: 'b', start: 0, end: 3 },
      ],
      want: [[0, 3, ['a', 'b']]],
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(segmentHighlights(c.from, c.to, c.hl).map((s) => [s.start, s.end, s.ids])).toEqual(c.want)
    })
  }
})

describe('undo stack', () => {
  const action = (n: number): UndoAction => ({ label: 'annotations.action.create', undo: async () => {}, redo: async () => void n })
  it('undoes the last action first, redoes in reverse, and a new action clears redo', () => {
    let stack = pushAction(pushAction(EMPTY_STACK, action(1)), action(2))
    const u1 = takeUndo(stack)!
    stack = u1.stack
    expect(stack.done).toHaveLength(1)
    expect(takeRedo(stack)?.action).toBe(u1.action)
    stack = pushAction(stack, action(3))
    expect(stack.undone).toEqual([])
    expect(takeRedo(stack)).toBeUndefined()
  })
  it('has nothing to undo or redo when empty, and keeps at most MAX_UNDO', () => {
    expect(takeUndo(EMPTY_STACK)).toBeUndefined()
    expect(takeRedo(EMPTY_STACK)).toBeUndefined()
    let stack = EMPTY_STACK
    for (let i = 0; i < MAX_UNDO + 5; i++) stack = pushAction(stack, action(i))
    expect(stack.done).toHaveLength(MAX_UNDO)
  })
  it('merges quick saves of the same note into one step: undo to before the first, redo to the last', async () => {
    const log: string[] = []
    const save = (text: string, at: number, mergeKey = 'a1:note'): UndoAction => ({
      label: 'annotations.action.edit',
      undo: async () => void log.push(`undo ${text}`),
      redo: async () => void log.push(`redo ${text}`),
      mergeKey,
      at,
    })
    let stack = pushAction(EMPTY_STACK, action(0))
    stack = pushAction(stack, save('甲', 1000))
    stack = pushAction(stack, save('甲乙', 1600))
    stack = pushAction(stack, save('甲乙丙', 2200))
    expect(stack.done).toHaveLength(2)
    const u = takeUndo(stack)!
    await u.action.undo()
    await takeRedo(u.stack)!.action.redo()
    expect(log).toEqual(['undo 甲', 'redo 甲乙丙'])
    // Another note, a late save, or a save after an undo start a new step.
    expect(pushAction(stack, save('x', 2300, 'a2:note')).done).toHaveLength(3)
    expect(pushAction(stack, save('甲乙丙丁', 2200 + MERGE_WINDOW_MS + 1)).done).toHaveLength(3)
    expect(pushAction(u.stack, save('甲乙丙丁', 2300)).done).toHaveLength(2)
  })
})

describe('NoteMarkdown', () => {
  const render = (source: string) => renderToStaticMarkup(<NoteMarkdown source={source} />)
  it('renders emphasis, lists and code', () => {
    const html = render('**重点** and *em*\n\n- 一\n- 二\n\n`code`')
    expect(html).toContain('<strong>重点</strong>')
    expect(html).toContain('<em>em</em>')
    expect(html).toContain('<li>')
    expect(html).toContain('<code>code</code>')
  })
  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror="alert(1)">', '<img'],
    ['[click](javascript:alert(1))', 'href'],
    ['![pic](http://example.com/x.png)', '<img'],
    ['<a href="http://x">x</a>', '<a '],
    ['<div style="position:fixed">x</div>', '<div style'],
  ])('never produces markup from %s', (source, forbidden) => {
    const html = render(source)
    expect(html).not.toContain(forbidden)
    expect(html.length).toBeGreaterThan(0)
  })
  it('shows links as inert text with the address as a tooltip', () => {
    expect(render('[政策](https://www.gov.cn)')).toContain('<span class="note-link" title="https://www.gov.cn">政策</span>')
  })
  it('renders nothing for an empty note', () => {
    expect(render('')).toBe('')
    expect(render('  \n ')).toBe('')
  })
})
