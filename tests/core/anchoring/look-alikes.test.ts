// Re-anchoring must never move a highlight onto look-alike text: short phrases (建设, 我们, 工作) and
// boilerplate sentences recur all over a government report, paragraphs start alike (一年来,我们坚持…),
// and re-cleaning splits or joins paragraphs. Each case gives the exact new offsets or 'orphan', with
// and without the old text (the app has it; the CLI and imports do not).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeSelection, mapPositions, reanchorAll } from '../../../src/core/anchoring'

interface Case {
  name: string
  oldText: string
  /** The annotated phrase and the text just before it (to find the right occurrence in oldText). */
  before: string
  quote: string
  newText: string
  /** Text just before the expected new position, and the expected new wording; or 'orphan'. */
  expect: { before: string; exact: string } | 'orphan'
  /** Only with the old text: without it the case is ambiguous (twins agree on every recorded character). */
  withOldOnly?: boolean
}

const GOVERNMENT = [
  '四、加强政府自身建设',
  '坚持依法行政,激发改革发展强大动力。',
  '深化法治政府建设。坚持运用法治思维和法治方式推动工作,严格规范公正文明执法。',
  '强化效率政府建设。积极对接世界银行新的营商环境评价体系,持续优化审批流程。',
]
const TWINS = [
  '一、过去一年工作回顾',
  '过去一年,我们坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,加快构建新发展格局,着力推动高质量发展。',
  '二、今年工作安排',
  '今年,我们坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,加快构建新发展格局,着力推动高质量发展。',
]
const SAFETY = '全力抓好安全生产,开展重点行业领域专项整治。推进质量强区建设,强化食品药品全链条监管。'
const REPORT = [
  '政府工作报告',
  '各位代表:',
  '现在,我代表区人民政府,向大会报告工作。',
  '过去一年,我们认真执行区十届人大五次会议批准的政府工作报告安排,统筹推进经济社会发展。',
  '一年来,全区经济运行稳中向好。',
]

const cases: Case[] = [
  {
    name: "deleted paragraph: the next one starts alike after the same paragraph's tail (and at the old offset)",
    oldText: GOVERNMENT.join('\n\n'),
    before: '深化法治政府',
    quote: '建设',
    newText: [GOVERNMENT[0], GOVERNMENT[1], GOVERNMENT[3]].join('\n\n'),
    expect: 'orphan',
  },
  {
    name: 'a boilerplate sentence edited in one section does not jump to its untouched twin in another',
    oldText: TWINS.join('\n\n'),
    before: '过去一年,我们坚持',
    quote: '稳中求进工作总基调,完整、准确',
    newText: TWINS.join('\n\n').replace(
      '过去一年,我们坚持稳中求进工作总基调,完整、准确、',
      '过去一年,我们坚持稳中求进的工作总基调,完整准确',
    ),
    expect: { before: '过去一年,我们坚持', exact: '稳中求进的工作总基调,完整准确' },
    withOldOnly: true,
  },
  {
    name: 'a long insertion inside the quote: the diff-mapped range would be mostly new text',
    oldText: '一、乡村振兴\n\n全面推进乡村振兴战略实施,加快农业农村现代化步伐。',
    before: '',
    quote: '全面推进乡村振兴战略实施,加快农业农村现代化步伐',
    newText: '一、乡村振兴\n\n全面推进乡村振兴战略实施,坚决守住不发生规模性返贫底线,持续巩固拓展脱贫攻坚成果,加快农业农村现代化步伐。',
    expect: 'orphan',
    withOldOnly: true,
  },
  {
    name: 'a fuzzy match stays inside its paragraph (the first character deleted after a break)',
    oldText: '织密公共卫生防护网。\n\n完善社会治理。深化美好环境与幸福生活共同缔造活动。',
    before: '防护网。\n\n',
    quote: '完善社会治理',
    newText: '织密公共卫生防护网。\n\n善社会治理。深化美好环境与幸福生活共同缔造活动。',
    expect: { before: '防护网。\n\n', exact: '善社会治理' },
  },
  {
    name: 'an insertion right after the quote’s first words: the fuzzy anchor still starts where the quote does',
    oldText: '会议认为。我们相信,即将由全国人民代表大会第一次会议产生的国家行政机关,一定能够尽到自己的责任。',
    before: '会议认为。',
    quote: '我们相信,即将由全国人民代表大会第一次会议产生的国家行政机关',
    newText: '会议认为。我们相信,在1954年的基础上,即将由全国人民代表大会第一次会议产生的国家行政机关,一定能够尽到自己的责任。',
    expect: { before: '会议认为。', exact: '我们相信,在1954年的基础上,即将由全国人民代表大会第一次会议产生的国家行政机关' },
  },
  {
    name: 'a deleted paragraph’s phrase is not taken from the title, where little context is left to compare',
    oldText: REPORT.join('\n\n'),
    before: '批准的政府',
    quote: '工作',
    newText: [REPORT[0], REPORT[1], REPORT[2], REPORT[4]].join('\n\n'),
    expect: 'orphan',
  },
  {
    name: 're-cleaning splits the paragraph right before the quote’s sentence, and a line is added on top',
    oldText: `一、安全发展\n\n${SAFETY}`,
    before: '推进质量强区',
    quote: '建设',
    newText: `（2024年1月10日）\n\n一、安全发展\n\n${SAFETY.replace('专项整治。', '专项整治。\n\n')}`,
    expect: { before: '推进质量强区', exact: '建设' },
  },
  {
    name: 're-cleaning joins the quote’s paragraph to the previous one',
    oldText: `一、安全发展\n\n${SAFETY}\n\n二、生态环境`,
    before: '',
    quote: '全力抓好安全生产',
    newText: `前言。\n\n一、安全发展${SAFETY}\n\n二、生态环境`,
    expect: { before: '一、安全发展', exact: '全力抓好安全生产' },
  },
  {
    name: 'a paragraph-initial quote moves with its paragraph',
    oldText: GOVERNMENT.join('\n\n'),
    before: '',
    quote: '强化效率政府建设',
    newText: [GOVERNMENT[0], GOVERNMENT[3], GOVERNMENT[1], GOVERNMENT[2]].join('\n\n'),
    expect: { before: '', exact: '强化效率政府建设' },
  },
]

function locate(text: string, before: string, exact: string): number {
  const at = text.indexOf(before + exact)
  if (at < 0) throw new Error(`not found: ${before}${exact}`)
  return at + before.length
}

describe.each([
  ['quote, context and old position only', false],
  ['with the old text (diff map)', true],
] as const)('look-alikes, %s', (_mode, withOld) => {
  it.each(cases.filter((c) => withOld || !c.withOldOnly))('$name', (c) => {
    const start = locate(c.oldText, c.before, c.quote)
    const target = describeSelection(c.oldText, start, start + c.quote.length)
    const r = reanchorAll(withOld ? c.oldText : undefined, c.newText, [target]).results[0]
    if (c.expect === 'orphan') {
      expect(r.status).toBe('orphan')
      expect(r.position).toEqual(target.position)
      return
    }
    const at = locate(c.newText, c.expect.before, c.expect.exact)
    expect(r.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + c.expect.exact.length })
    expect(r.status).toBe(c.expect.exact === c.quote ? 'exact' : 'fuzzy')
    expect(r.quote.exact).toBe(c.expect.exact)
  })
})

describe('the diff map across split paragraphs', () => {
  // Paragraphs of a real report that start alike (一年来,我们坚持…), split by re-cleaning: blank lines
  // are equal tokens everywhere and must not pin one paragraph to another.
  const seed = readFileSync(new URL('../../../seeds/003_765d9d0c58e45bfb.txt', import.meta.url), 'utf8')
    .split('\n')
    .join('\n\n')
  let k = 0
  const split = seed.replace(/。/g, (m) => (++k % 5 === 0 ? '。\n\n' : m))
  const phrase = '一年来,我们坚持内外兼修'
  it('maps an offset to the same words', () => {
    const at = seed.indexOf(phrase)
    expect(at).toBeGreaterThan(0)
    expect(mapPositions(seed, split).map(at)).toBe(split.indexOf(phrase))
  })
  it('re-anchors a short quote there exactly', () => {
    const at = seed.indexOf(phrase) + '一年来,'.length
    const r = reanchorAll(seed, split, [describeSelection(seed, at, at + 2)]).results[0]
    expect(r.status).toBe('exact')
    expect(r.position.start).toBe(split.indexOf(phrase) + '一年来,'.length)
  })
})
