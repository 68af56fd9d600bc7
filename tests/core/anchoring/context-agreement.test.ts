import { describe, expect, it } from 'vitest'
import {
  agreementShare,
  measureAgreement,
  MATCHED_BREAK_UNITS,
  NEAR_CONTEXT,
  toQuoteContext,
} from '../../../src/core/anchoring/context-agreement'

/** Share of agreement of the quote `q` found in `text` (first occurrence) against the recorded context. */
function share(text: string, q: string, prefix: string, suffix: string): number {
  const at = text.indexOf(q)
  return agreementShare(measureAgreement(text, at, at + q.length, toQuoteContext(prefix, suffix), q.length, 1))
}

describe('context agreement', () => {
  it('folds width and whitespace, and keeps only the near context', () => {
    const ctx = toQuoteContext('很远很远的上文不算数。推进质量强区', ',强化食品药品全链条监管。下文')
    expect(ctx.before).toBe('很远很远的上文不算数。推进质量强区'.slice(-NEAR_CONTEXT))
    expect(ctx.after).toBe(',强化食品药品全链条监管。下文'.slice(0, NEAR_CONTEXT))
    expect(share('推进质量强区建设，强化食品药品全链条监管。', '建设', '推进质量强区', ',强化食品药品')).toBe(1)
  })

  it('a closer context scores higher', () => {
    const prefix = '大动力。\n\n深化法治政府'
    const suffix = '。坚持运用法治思维'
    const same = share('x大动力。\n\n深化法治政府建设。坚持运用法治思维', '建设', prefix, suffix)
    const edited = share('x大动力。\n\n深化法制政府建设。坚持运用法治思维', '建设', prefix, suffix)
    const lookAlike = share('x大动力。\n\n强化效率政府建设。积极对接世界银行', '建设', prefix, suffix)
    expect(same).toBe(1)
    expect(edited).toBeLessThan(same)
    expect(lookAlike).toBeLessThan(edited)
    expect(lookAlike).toBeLessThan(0.5)
  })

  it('a paragraph break ends the context; one met where recorded counts for more', () => {
    // Quote at a paragraph start: the previous paragraph is not context.
    const moved = share('另一个段落的结尾。\n强化效率政府建设。', '强化效率', '原来前一段的结尾。\n', '政府建设。')
    expect(moved).toBe(1)
    const a = measureAgreement('尾。\n建设', 3, 5, toQuoteContext('\n', ''), 2, 1)
    expect(a.compared).toBe(2 + MATCHED_BREAK_UNITS)
    // A break only on one side (a split paragraph): the characters up to it still count, the break against.
    const split = share('能力。\n\n推进质量强区建设', '建设', '自然灾害应对能力。推进质量强区', '')
    expect(split).toBeGreaterThan(0.7)
    expect(split).toBeLessThan(share('能力。推进质量强区建设', '建设', '自然灾害应对能力。推进质量强区', ''))
  })

  it('empty and garbage input', () => {
    expect(toQuoteContext('', '')).toEqual({ before: '', after: '' })
    const none = measureAgreement('', 0, 0, toQuoteContext('', ''), 0, 1)
    expect(none).toEqual({ agreeing: 0, compared: 0, context: undefined })
    expect(agreementShare(none)).toBe(1)
    expect(measureAgreement('abc', 0, 3, toQuoteContext('xyz', 'uvw'), 3, 1).context).toBe(0)
  })
})
