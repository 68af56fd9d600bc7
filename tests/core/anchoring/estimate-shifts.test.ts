import { describe, expect, it } from 'vitest'
import { anchorAnnotation, describeSelection, reanchorAll, type AnchorResult, type AnchorTarget } from '../../../src/core/anchoring'
import { BASE_TOLERANCE, CONFIDENT_QUOTE_LENGTH, estimateShifts, MAX_TOLERANCE } from '../../../src/core/anchoring/estimate-shifts'

const LONG = 'x'.repeat(CONFIDENT_QUOTE_LENGTH)

function target(start: number, exact: string): AnchorTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  }
}
function result(status: AnchorResult['status'], start: number, exact: string): AnchorResult {
  return {
    status,
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    quote: target(start, exact).quote,
    quoteSimilarity: 1,
  }
}

describe('estimateShifts', () => {
  it('empty input and no confident neighbour give nothing', () => {
    expect(estimateShifts([], [])).toEqual([])
    expect(estimateShifts([target(5, '建设')], [result('orphan', 5, '建设')])).toEqual([undefined])
  })

  it('interpolates between neighbours that moved alike, and trusts the neighbours themselves', () => {
    const targets = [target(100, LONG), target(200, '建设'), target(300, LONG)]
    const results = [result('exact', 130, LONG), result('orphan', 200, '建设'), result('exact', 334, LONG)]
    const [a, b, c] = estimateShifts(targets, results)
    expect(a).toBeUndefined()
    expect(c).toBeUndefined()
    expect(b).toEqual({ offset: 232, tolerance: BASE_TOLERANCE + 4 })
  })

  it('loosens with distance from a single neighbour, up to a maximum', () => {
    const near = estimateShifts([target(100, LONG), target(140, '建设')], [result('exact', 110, LONG), result('fuzzy', 150, '建成')])[1]
    expect(near).toEqual({ offset: 150, tolerance: BASE_TOLERANCE + 2 })
    const far = estimateShifts([target(0, LONG), target(90_000, '建设')], [result('exact', 10, LONG), result('orphan', 90_000, '建设')])[1]
    expect(far?.tolerance).toBe(MAX_TOLERANCE)
  })

  it('neighbours on both sides of a big cut: the nearer one decides', () => {
    const targets = [target(100, LONG), target(150, '建设'), target(2000, LONG)]
    const results = [result('exact', 100, LONG), result('orphan', 150, '建设'), result('exact', 1000, LONG)]
    expect(estimateShifts(targets, results)[1]).toEqual({ offset: 150, tolerance: BASE_TOLERANCE + 3 })
  })
})

describe('the second pass of reanchorAll without the old text', () => {
  const P = [
    '全年实现地区生产总值120亿元,同比增长5.2%,增速居全市第二位。',
    '一般公共预算收入8.6亿元,同比增长6.1%,税收占比提高到78%。',
    '社会消费品零售总额45亿元,同比增长7.3%,网络零售额突破10亿元。',
    '固定资产投资完成60亿元,同比增长9.8%,工业投资增长15%。',
  ]
  const old = P.join('\n\n')
  const around = (s: string) => describeSelection(old, old.indexOf(s), old.indexOf(s) + CONFIDENT_QUOTE_LENGTH + 2)
  const at = old.indexOf('同比增长', old.indexOf('零售总额'))
  const targets = [around('全年实现'), around('一般公共预算'), describeSelection(old, at, at + 4), around('固定资产投资')]
  // A line added on top shifts everything; the figures around this 同比增长 were corrected.
  const newText =
    '（2024年1月10日在区第十届人民代表大会第四次会议上）\n\n' +
    old.replace('零售总额45亿元,同比增长7.3%,网络零售额突破10亿元', '零售总额约46亿元,同比增长7.5%,网上零售额突破12亿元')
  const truth = newText.indexOf('同比增长', newText.indexOf('零售总额'))

  it('finds a short repeated phrase whose context changed, where its neighbours moved', () => {
    // Alone, among four 同比增长 with changed context, it is refused ...
    expect(anchorAnnotation(newText, targets[2]).status).toBe('orphan')
    // ... but the neighbours show where it must be.
    const r = reanchorAll(undefined, newText, targets).results
    expect(r.map((x) => x.status)).toEqual(['exact', 'exact', 'exact', 'exact'])
    expect(r[2].position).toEqual({ type: 'TextPositionSelector', start: truth, end: truth + 4 })
  })
})

describe('a duplicated paragraph whose annotated copy was edited, without the old text', () => {
  const P = [
    '全年实现地区生产总值120亿元,增速居全市第二位。',
    '一般公共预算收入8.6亿元,税收占比提高到78%。',
    '坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。',
    '社会消费品零售总额45亿元,网络零售额突破10亿元。',
    '固定资产投资完成60亿元,工业投资增长15%。',
    '新增城镇就业1.2万人,城镇调查失业率控制在5.5%以内。',
    '空气质量优良天数比例达到95%,地表水质量稳定向好。',
    '坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。',
    '全年接待游客320万人次,旅游总收入28亿元。',
  ]
  const old = P.join('\n')
  const twin = P[2]
  const mine = old.indexOf(twin)
  const select = (s: string, at = old.indexOf(s)) => describeSelection(old, at, at + s.length)
  const quote = '不是用来炒的定位,促进房地产市场平稳'
  const targets = [select(P[0]), select(P[1]), select(quote, old.indexOf(quote, mine)), select(P[3]), select(P[4]), select(P[5])]
  // A line on top; the first copy (the annotated one) reworded inside the quote; its twin untouched.
  const newText =
    '（2024年1月10日）\n' + old.slice(0, mine) + twin.replace('用来炒的定位', '用于炒作的定位') + old.slice(mine + twin.length)
  const truthStart = newText.indexOf('不是用于炒作的定位')

  it('stays on its own copy, placed where its neighbours moved, not on the unchanged twin', () => {
    // The first pass takes the twin: it is unchanged and its context within the paragraph is the same ...
    expect(anchorAnnotation(newText, targets[2]).position.start).toBe(newText.lastIndexOf(quote))
    // ... but it moved unlike its neighbours on both sides, which show where its own copy went.
    const r = reanchorAll(undefined, newText, targets).results
    expect(r.map((x) => x.status)).toEqual(['exact', 'exact', 'fuzzy', 'exact', 'exact', 'exact'])
    expect(r[2].position).toEqual({
      type: 'TextPositionSelector',
      start: truthStart,
      end: truthStart + '不是用于炒作的定位,促进房地产市场平稳'.length,
    })
  })

  it('a confident placement that moved alone is no neighbour, and gets an estimate of its own', () => {
    const first = targets.map((t) => anchorAnnotation(newText, t))
    const expected = estimateShifts(targets, first)
    expect(expected.map((e) => e === undefined)).toEqual([true, true, false, true, true, true])
    expect(Math.abs((expected[2]?.offset ?? -1) - truthStart)).toBeLessThanOrEqual(expected[2]?.tolerance ?? 0)
  })

  it('a paragraph moved whole, with nothing like it left where it stood, still follows its text', () => {
    const moved = '（2024年1月10日）\n' + [P[0], P[1], P[3], P[4], P[5], P[6], P[2].replace('坚持', '始终坚持'), P[8]].join('\n')
    const alone = [select(P[0]), select(P[1]), select(quote, old.indexOf(quote, mine)), select(P[3]), select(P[4]), select(P[5])]
    const r = reanchorAll(undefined, moved, alone).results
    expect(r[2]).toMatchObject({ status: 'exact', position: { start: moved.indexOf(quote) } })
  })
})
