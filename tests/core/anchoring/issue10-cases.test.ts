// Two anchoring cases other tools' annotations hit: a bare unique quote (no prefix, suffix or
// position, as many tools write them) is found; and a prefix/suffix that clearly names another copy
// of a repeated title outweighs a stale position. Look-alikes without such evidence stay orphans.
import { describe, expect, it } from 'vitest'
import { anchorAnnotation, describeSelection, type AnchorTarget } from '../../../src/core/anchoring'

const REPORT = [
  '一、坚持和发展新时代“枫桥经验”的实践',
  '各镇街推行矛盾纠纷多元化解，基层治理水平稳步提升。',
  '二、加强生态环境保护',
  '持续推进污水治理，完成河道整治十二公里。',
].join('\n')

function bare(exact: string): AnchorTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 0 },
  }
}

describe('a bare quote (no prefix, suffix or position)', () => {
  it('is found when it occurs once', () => {
    const r = anchorAnnotation(REPORT, bare('枫桥经验'))
    expect(r.status).toBe('exact')
    expect(r.position.start).toBe(REPORT.indexOf('枫桥经验'))
    expect(r.quote.prefix.length).toBeGreaterThan(0)
  })
  it.each([
    ['it occurs twice (nothing tells the copies apart)', '治理'],
    ['it is too short to stand for itself', '推进'],
    ['it is not in the text', '网格化管理'],
  ])('stays an orphan when %s', (_why, exact) => {
    expect(anchorAnnotation(REPORT, bare(exact)).status).toBe('orphan')
  })
})

describe('context against a stale position', () => {
  const TITLE = '关于进一步加强基层治理体系建设的实施意见'
  const bodies = [
    '强化党建引领',
    '完善网格管理',
    '健全调解机制',
    '推进数字赋能',
    '加强队伍建设',
    '落实经费保障',
    '深化村民自治',
    '规范小微权力',
    '健全考核评价',
  ]
  // The same document cited in nine paragraphs: only the words after it tell the copies apart.
  const text = bodies.map((b) => `根据《${TITLE}》，${b}，明确责任分工。`).join('\n')
  const copy = (i: number) => text.indexOf(TITLE, text.indexOf(bodies[i]) - TITLE.length - 4)

  it('follows a suffix that clearly points to another copy of a title repeated nine times', () => {
    const { quote } = describeSelection(text, copy(2), copy(2) + TITLE.length)
    // The old position names the seventh copy (text was inserted above since).
    const r = anchorAnnotation(text, { quote, position: { type: 'TextPositionSelector', start: copy(6), end: copy(6) + TITLE.length } })
    expect(r.status).toBe('exact')
    expect(r.position.start).toBe(copy(2))
  })

  it('keeps the copy at the position when no other copy agrees clearly better', () => {
    const { quote, position } = describeSelection(text, copy(3), copy(3) + TITLE.length)
    // That copy's own suffix was reworded; no other copy has the recorded suffix either.
    const edited = text.replace(`${bodies[3]}，明确`, '推进数字政府建设，明确')
    const r = anchorAnnotation(edited, { quote, position })
    expect(r.position.start).toBe(position.start)
  })

  it('a title on lines of its own (identical near context everywhere) stays where the position says', () => {
    const lines = bodies.map((b) => `${TITLE}\n${b}，明确责任分工。`).join('\n')
    const at = lines.indexOf(TITLE, lines.indexOf(bodies[4]) - TITLE.length - 2)
    const { quote, position } = describeSelection(lines, at, at + TITLE.length)
    expect(anchorAnnotation(lines, { quote, position }).position.start).toBe(at)
  })
})
