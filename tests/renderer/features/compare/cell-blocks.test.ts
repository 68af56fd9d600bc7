// Lane cells: paragraph blocks carry document offsets, shared wording cut into segments.
import { describe, expect, it } from 'vitest'
import { cellBlocks } from '../../../../src/renderer/features/compare/cell-blocks'

const text = '前言。\n深入开展扫黑除恶专项斗争，建设平安城区。\n第二段落。'
const start = text.indexOf('深入')
const end = text.length

describe('cellBlocks', () => {
  it('splits a passage at line breaks and keeps document offsets', () => {
    const blocks = cellBlocks(text, start, end, [])
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['深入开展扫黑除恶专项斗争，建设平安城区。', '第二段落。'])
    expect(blocks.every((b) => b.segments.length === 1 && !b.segments[0].shared)).toBe(true)
  })

  it('marks shared spans given relative to the passage, across a block boundary', () => {
    const rel = (s: string) => ({ start: text.indexOf(s) - start, end: text.indexOf(s) - start + s.length })
    const spanAcross = { start: rel('平安城区').start, end: rel('第二').end }
    const blocks = cellBlocks(text, start, end, [rel('扫黑除恶专项斗争'), spanAcross])
    const shown = blocks.map((b) =>
      b.segments.map((s) => `${s.shared ? '[' : ''}${text.slice(s.start, s.end)}${s.shared ? ']' : ''}`).join(''),
    )
    expect(shown).toEqual(['深入开展[扫黑除恶专项斗争]，建设[平安城区。]', '[第二]段落。'])
  })

  it.each([
    ['an empty passage', 5, 5],
    ['a passage of line breaks only', 0, 0],
  ])('gives no blocks for %s', (_name, s, e) => {
    expect(cellBlocks('\n\n\n\n\n\n', s, e, [])).toEqual([])
  })

  it('ignores shared spans outside the passage', () => {
    const blocks = cellBlocks(text, start, start + 4, [
      { start: 100, end: 120 },
      { start: -10, end: -2 },
    ])
    expect(blocks[0].segments).toEqual([{ start, end: start + 4, shared: false }])
  })
})
