import { describe, expect, it } from 'vitest'
import type { Passage } from '../../../src/core/passages'
import { builtinCodebook, classifyPassages, compileThemeMatcher, themeShares } from '../../../src/core/themes'

const matcher = compileThemeMatcher(builtinCodebook())

function passage(text: string, headings: Passage['headings'] = []): Passage {
  return { id: 'p0', start: 0, end: text.length, kind: 'paragraph', headings }
}
const classify = (text: string, headings: Passage['headings'] = []) => classifyPassages(text, [passage(text, headings)], matcher)[0]
const scoreOf = (text: string, theme: string) => classify(text).evidence.find((e) => e.themeId === theme)?.score ?? 0

describe('classifyPassages', () => {
  it.each([
    ['强化安全生产监管。', 'safety'],
    ['常态化推进扫黑除恶斗争，严厉打击电信网络诈骗。', 'safety'],
    ['统筹PM2.5和臭氧协同治理。', 'ecology'],
    ['有序做好碳达峰碳中和工作。', 'ecology'],
    ['加快推动综合网格改革，完善矛盾纠纷多元化解机制。', 'governance'],
    ['严控“三公”经费和一般性支出。', 'government'],
    // Traditional characters, as in reports from Hong Kong, Macao, Taiwan or old typesetting.
    ['強化安全生產監管。', 'safety'],
    ['推進汙水處理和黑臭水體治理，打好藍天保衛戰。', 'ecology'],
  ])('tags %j with %s', (text, theme) => expect(classify(text).themes).toContain(theme))

  it.each([
    ['继续拓展国际航线，发展航运物流。'],
    ['实施就业创业促进计划。'],
    ['认真执行区人大及其常委会决议和决定。'],
    // Expressions of other topics that contain a short theme term (excluded phrases).
    ['持续优化营商环境，打造市场化法治化国际化营商环境，营造公平竞争的市场环境和政策环境。'],
    ['优化创新生态，营造良好的科研生态和数字生态。'],
    ['净化政治生态，持之以恒正风肃纪。'],
    ['全县生产总值增长6%，自治县成立七十周年庆祝活动圆满举办。'],
    ['城乡居民人均可支配收入增长5.5%，居民消费价格基本稳定。'],
    ['保障粮食安全和能源安全，稳定粮食播种面积。'],
    // A ceremonial acknowledgement names groups of people, not policies.
    ['在此，我代表镇人民政府，向全镇人民，向驻镇单位、公安政法干警、消防救援队伍，表示衷心的感谢！'],
  ])('leaves %j without safety, ecology or governance', (text) => {
    const themes = classify(text).themes
    expect(themes.filter((t) => ['safety', 'ecology', 'governance'].includes(t))).toEqual([])
  })

  it('keeps the themes of a passage that ends with thanks but also treats a policy', () => {
    const text = '全年未发生较大以上安全生产事故，扫黑除恶专项斗争取得实效。向公安干警和消防救援队伍致以崇高的敬意！'
    expect(classify(text).themes).toContain('safety')
  })

  it('scores a passage with more and stronger safety terms higher', () => {
    const ordered = ['加强风险防范。', '加强安全风险防范。', '强化安全生产和消防安全，开展隐患排查。']
    const scores = ordered.map((t) => scoreOf(t, 'safety'))
    expect(scores[0]).toBeLessThan(scores[1])
    expect(scores[1]).toBeLessThan(scores[2])
  })

  it('lets a section heading tip a weak passage towards its theme, with the heading as evidence', () => {
    const text = '如履薄冰保安全\n加强风险防范，做好值班值守。'
    const heading = { id: 'h0', title: '如履薄冰保安全', start: 0, end: 7 }
    const body: Passage = { id: 'p1', start: 8, end: text.length, kind: 'paragraph', headings: [heading] }
    const [withHeading] = classifyPassages(text, [body], matcher)
    const [without] = classifyPassages(text, [{ ...body, headings: [] }], matcher)
    const ev = withHeading.evidence.find((e) => e.themeId === 'safety')!
    expect(ev.fromHeadings).toEqual(['如履薄冰保安全'])
    expect(ev.score).toBeGreaterThan(without.evidence.find((e) => e.themeId === 'safety')!.score)
    expect(withHeading.themes).toContain('safety')
  })

  it('does not tag a passage from its heading alone', () => {
    const text = '如履薄冰保安全\n推进项目建设。'
    const heading = { id: 'h0', title: '如履薄冰保安全', start: 0, end: 7 }
    const [p] = classifyPassages(text, [{ id: 'p1', start: 8, end: text.length, kind: 'paragraph', headings: [heading] }], matcher)
    expect(p.themes).not.toContain('safety')
  })

  it('keeps evidence offsets inside the passage', () => {
    const p = classify('强化安全生产监管。')
    for (const e of p.evidence) for (const m of e.matches) expect(m.start >= p.start && m.end <= p.end).toBe(true)
  })

  it('returns [] for no passages and no themes for empty or garbage text', () => {
    expect(classifyPassages('', [], matcher)).toEqual([])
    expect(classify('@@@###').themes).toEqual([])
  })
})

describe('classifyPassages without term matches', () => {
  it('gives the same themes, scores and headings with empty match lists, repeats and decisive terms included', () => {
    const text = '（三）平安建设\n强化安全生产监管，安全生产责任落实到位，整治隐患，排查风险。\n改善居民生活。'
    const heading = { id: 'h', title: '平安建设', start: 0, end: 7 }
    const second = text.indexOf('改善')
    const passages: Passage[] = [
      { id: 'p0', start: 8, end: second - 1, kind: 'paragraph', headings: [heading] },
      { id: 'p1', start: second, end: text.length, kind: 'paragraph', headings: [] },
    ]
    const full = classifyPassages(text, passages, matcher)
    const lean = classifyPassages(text, passages, matcher, { matches: false })
    expect(full[0]!.themes).toContain('safety')
    expect(full[0]!.evidence.find((e) => e.themeId === 'safety')!.matches.length).toBeGreaterThan(2)
    expect(lean).toEqual(full.map((p) => ({ ...p, evidence: p.evidence.map((e) => ({ ...e, matches: [] })) })))
  })
})

describe('themeShares', () => {
  it('divides characters of passages of each theme by the text length', () => {
    const text = '强化安全生产监管。推进项目建设。'
    const passages = classifyPassages(
      text,
      [
        { id: 'p0', start: 0, end: 9, kind: 'sentences', headings: [] },
        { id: 'p1', start: 9, end: text.length, kind: 'sentences', headings: [] },
      ],
      matcher,
    )
    const shares = themeShares(text, passages, ['safety', 'ecology'])
    expect(shares.safety).toBeCloseTo(9 / text.length)
    expect(shares.ecology).toBe(0)
    expect(themeShares('', [], ['safety'])).toEqual({ safety: 0 })
  })
})
