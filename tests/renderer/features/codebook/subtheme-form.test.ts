import { describe, expect, it } from 'vitest'
import { builtinCodebook } from '../../../../src/core/themes'
import { fromSubthemeDrafts, moveSubtheme, moveTerm, toSubthemeDrafts } from '../../../../src/renderer/features/codebook/subtheme-form'

const safety = builtinCodebook().themes[0]

describe('sub-theme drafts', () => {
  it('round-trip the built-in sub-themes unchanged', () => {
    expect(fromSubthemeDrafts(toSubthemeDrafts(safety.subthemes))).toEqual(safety.subthemes)
  })

  it('reorder rows and keep them when a move would leave the list', () => {
    const drafts = toSubthemeDrafts(safety.subthemes)
    expect(
      moveSubtheme(drafts, 1, -1)
        .map((d) => d.id)
        .slice(0, 2),
    ).toEqual(['food_drug', 'production'])
    expect(moveSubtheme(drafts, 0, -1)).toEqual(drafts)
  })

  it('move a term with its weight from one sub-theme to another', () => {
    const drafts = toSubthemeDrafts(safety.subthemes)
    const moved = fromSubthemeDrafts(moveTerm(drafts, 0, '燃气安全', 4))
    expect(moved[0].terms.some((t) => t.term === '燃气安全')).toBe(false)
    expect(moved[4].terms.at(-1)).toEqual({ term: '燃气安全', weight: 3 })
    expect(moveTerm(drafts, 0, '没有这个词', 4)).toEqual(drafts)
  })
})
