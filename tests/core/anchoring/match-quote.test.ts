import { describe, expect, it } from 'vitest'
import { foldText, mapPositions, matchQuote, reanchorAll, describeSelection } from '../../../src/core/anchoring'
import { fitInWindow, similarity } from '../../../src/core/anchoring/edit-distance'
import { toFoldedOffset } from '../../../src/core/anchoring/fold-text'

describe('matchQuote', () => {
  const text = '一、加强生态保护。推进河长制湖长制落实。二、加强安全生产。推进河长制湖长制落实到位。'
  it.each([
    ['empty quote', text, '', {}],
    ['empty text', '', '河长制', {}],
    [
      'look-alike with different context',
      '完全不同的段落,讲的是道路交通综合整治行动计划。',
      '推进河道综合整治工作方案',
      { prefix: '加强生态保护。', suffix: '落实。' },
    ],
  ])('returns undefined for %s', (_n, t, q, opts) => {
    expect(matchQuote(t, q, opts)).toBeUndefined()
  })

  it('a closer context wins among repeats, whatever the hint', () => {
    const second = text.lastIndexOf('推进河长制湖长制')
    const m = matchQuote(text, '推进河长制湖长制', { prefix: '加强安全生产。', suffix: '落实到位。', hint: 0 })
    expect(m?.start).toBe(second)
  })

  it('the hint decides between repeats with the same context', () => {
    const unit = '加强生态保护。推进河长制落实到位。'
    const t = unit.repeat(3)
    const second = t.indexOf('推进河长制', unit.length)
    const m = matchQuote(t, '推进河长制', { prefix: '加强生态保护。', suffix: '落实到位。加强生态保护', hint: second + 3 })
    expect(m?.start).toBe(second)
  })

  it('refuses an unchanged repeat with too little context left to vouch for it', () => {
    // Two characters of context a side agree, but that is no evidence for a five-character phrase.
    expect(matchQuote('AB推进河长制CD。', '推进河长制', { prefix: 'AB', suffix: 'CD', hint: 7 })).toBeUndefined()
  })

  it('a fuzzy match reports its similarity and is not marked unchanged', () => {
    const m = matchQuote('前文。推进河长制和湖长制全面落实。后文', '推进河长制湖长制全面落实', { prefix: '前文。', suffix: '。后文' })
    expect(m).toMatchObject({ start: 3, end: 16, unchanged: false })
    expect(m?.quoteSimilarity).toBeCloseTo(12 / 13)
  })

  it('prefers the candidate range it is given (diff-mapped) when the quote changed', () => {
    const t = '其他内容在这里。推进河长制落实到位并持续改善。'
    const m = matchQuote(t, '推进河长制全面落实到位', {
      candidates: [{ start: 8, end: 20 }],
      prefix: '其他内容在这里。',
      suffix: '并持续改善。',
    })
    expect(m?.start).toBe(8)
  })
})

describe('building blocks', () => {
  it('foldText folds width and drops whitespace, mapping back to original offsets', () => {
    const f = foldText('甲，乙\n （丙）')
    expect(f.text).toBe('甲,乙(丙)')
    expect(Array.from(f.toOriginal)).toEqual([0, 1, 2, 5, 6, 7, 8])
    expect(toFoldedOffset(f, 4)).toBe(3)
    expect(foldText('').text).toBe('')
  })

  it('fitInWindow finds the best-fitting substring', () => {
    expect(fitInWindow('河长制', 'xx河长至yy')).toEqual({ start: 2, end: 5, errors: 1 })
    expect(fitInWindow('', 'abc')).toBeUndefined()
    expect(similarity('', '')).toBe(1)
  })

  it('mapPositions maps through insertions and deletions', () => {
    const oldText = '第一段。\n第二段内容。\n第三段。'
    const newText = '前言。\n第一段。\n第三段。'
    const map = mapPositions(oldText, newText)
    expect(map.map(0)).toBe(4)
    expect(map.map(oldText.indexOf('第三段'))).toBe(newText.indexOf('第三段'))
    expect(map.kept(oldText.indexOf('第二段'), oldText.indexOf('第二段') + 5)).toBe(0)
    expect(mapPositions('', '').map(0)).toBe(0)
  })
})

describe('reanchorAll', () => {
  it('counts statuses and keeps order; empty lists are fine', () => {
    const oldText = '甲乙丙丁戊己庚辛。子丑寅卯辰巳午未。'
    const targets = [describeSelection(oldText, 0, 8), describeSelection(oldText, 9, 17)]
    const r = reanchorAll(oldText, '子丑寅卯辰巳午未。', targets)
    expect(r.counts).toEqual({ exact: 1, fuzzy: 0, orphan: 1 })
    expect(r.results.map((x) => x.status)).toEqual(['orphan', 'exact'])
    expect(r.results[1].position).toEqual({ type: 'TextPositionSelector', start: 0, end: 8 })
    expect(reanchorAll(undefined, '', []).counts).toEqual({ exact: 0, fuzzy: 0, orphan: 0 })
  })

  it('with the old text, the diff places a heavily edited quote the search alone orphans', () => {
    const oldText = '第一部分。\n全面推进乡村振兴战略实施,加快农业农村现代化步伐。\n第三部分。'
    const quote = '全面推进乡村振兴战略实施,加快农业农村现代化步伐'
    const start = oldText.indexOf(quote)
    const t = describeSelection(oldText, start, start + quote.length)
    const newText = '第一部分。\n全面推进乡村振兴战略落地见效,加快农业农村现代化进程。\n第三部分。'
    expect(reanchorAll(undefined, newText, [t]).results[0].status).toBe('orphan')
    const r = reanchorAll(oldText, newText, [t]).results[0]
    expect(r.status).toBe('fuzzy')
    expect(r.quote.exact).toBe('全面推进乡村振兴战略落地见效,加快农业农村现代化进程')
  })
})
