import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  anchorAnnotation,
  describeSelection,
  foldText,
  hashText,
  mapPositions,
  reanchorAll,
  applyAnchor,
  type AnchorTarget,
  type Annotation,
} from '../../../src/core/anchoring'

const P1 = '一年来,我们坚持大抓经济,发展质量迈上新台阶。经济运行稳中有进,地区生产总值增长百分之五点二。'
const P2 = '我们坚持生态优先,持续打好蓝天碧水净土保卫战,空气质量优良天数比例达到百分之八十七。'
const P3 = '我们坚持民生为本,新增城镇就业一万二千人,城乡居民人均可支配收入稳步增长。'
const P4 = '深入推进河长制湖长制,完成重点河道综合治理工程三项,水环境质量持续改善。'
const OLD = [P1, P2, P3, P4].join('\n')

/** Selectors for the first occurrence of `quote` (after `from`) in OLD. */
function target(quote: string, from = 0): AnchorTarget {
  const start = OLD.indexOf(quote, from)
  if (start < 0) throw new Error(`not in OLD: ${quote}`)
  return describeSelection(OLD, start, start + quote.length)
}

interface Case {
  name: string
  quote: string
  newText: string
  /** Expected new exact wording (located in newText by `nth` occurrence), or 'orphan'. */
  expect: string | 'orphan'
  status?: 'exact' | 'fuzzy'
  nth?: number
  from?: number
}

function nthIndex(text: string, s: string, nth: number): number {
  let i = -1
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1)
  return i
}

const cases: Case[] = [
  { name: 'unchanged text', quote: '空气质量优良天数比例', newText: OLD, expect: '空气质量优良天数比例', status: 'exact' },
  {
    name: 'text inserted before the quote',
    quote: '空气质量优良天数比例',
    newText: '序言:本报告共四部分。\n' + OLD,
    expect: '空气质量优良天数比例',
    status: 'exact',
  },
  {
    name: 'characters changed inside the quote',
    quote: '新增城镇就业一万二千人',
    newText: OLD.replace('一万二千人', '一万三千人'),
    expect: '新增城镇就业一万三千人',
    status: 'fuzzy',
  },
  {
    name: 'half-width comma became full-width',
    quote: '我们坚持生态优先,持续打好蓝天碧水',
    newText: OLD.replace('生态优先,', '生态优先，'),
    expect: '我们坚持生态优先，持续打好蓝天碧水',
    status: 'fuzzy',
  },
  {
    name: 'full-width punctuation became half-width and a line break appeared',
    quote: '经济运行稳中有进,地区生产总值',
    newText: OLD.replace('稳中有进,地区', '稳中有进，\n地区'),
    expect: '经济运行稳中有进，\n地区生产总值',
    status: 'fuzzy',
  },
  {
    name: "the quote's paragraph deleted (look-alike 我们坚持 elsewhere) → orphan",
    quote: '我们坚持民生为本',
    newText: [P1, P2, P4].join('\n'),
    expect: 'orphan',
  },
  {
    name: 'long quote (>32 chars) edited in the middle',
    quote: '持续打好蓝天碧水净土保卫战,空气质量优良天数比例达到百分之八十七',
    newText: OLD.replace('净土保卫战', '净土三大保卫战'),
    expect: '持续打好蓝天碧水净土三大保卫战,空气质量优良天数比例达到百分之八十七',
    status: 'fuzzy',
  },
  {
    name: 'look-alike sentence with a few characters in common → orphan',
    quote: '完成重点河道综合治理工程三项',
    newText: [P1, P2, P3, '全面推进城市道路综合改造工程五项,交通状况持续改善。'].join('\n'),
    expect: 'orphan',
  },
  {
    name: 'quote moved to another paragraph with its context',
    quote: '完成重点河道综合治理工程三项',
    newText: [P4, P1, P2, P3].join('\n'),
    expect: '完成重点河道综合治理工程三项',
    status: 'exact',
  },
  { name: 'empty new text → orphan', quote: '我们坚持民生为本', newText: '', expect: 'orphan' },
]

describe('anchorAnnotation (no old text: quote + context + position only)', () => {
  it.each(cases)('$name', (c) => {
    const t = target(c.quote, c.from)
    const r = anchorAnnotation(c.newText, t)
    if (c.expect === 'orphan') {
      expect(r.status).toBe('orphan')
      expect(r.position).toEqual(t.position)
      expect(r.quote).toEqual(t.quote)
      return
    }
    const start = nthIndex(c.newText, c.expect, c.nth ?? 0)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(r.status).toBe(c.status)
    expect(r.position).toEqual({ type: 'TextPositionSelector', start, end: start + c.expect.length })
    expect(r.quote.exact).toBe(c.expect)
  })

  it('with the old text, gives the same answers through the diff map', () => {
    for (const c of cases) {
      const t = target(c.quote, c.from)
      const r = reanchorAll(OLD, c.newText, [t]).results[0]
      if (c.expect === 'orphan') {
        expect(r.status, c.name).toBe('orphan')
        expect(r.position, c.name).toEqual(t.position)
        continue
      }
      const start = nthIndex(c.newText, c.expect, c.nth ?? 0)
      expect(r.status, c.name).toBe(c.status)
      expect(r.position, c.name).toEqual({ type: 'TextPositionSelector', start, end: start + c.expect.length })
    }
  })
})

describe('a quote the diff carried over whole', () => {
  it('is placed where the diff put it, even when the caller also gives an estimate', () => {
    const newText = [P4, P1, P2, P3].join('\n')
    const t = target('持续打好蓝天碧水净土保卫战')
    const start = newText.indexOf(t.quote.exact)
    const context = { folded: foldText(newText), map: mapPositions(OLD, newText), oldText: OLD, expected: { offset: 0, tolerance: 0 } }
    const r = anchorAnnotation(newText, t, context)
    expect(r.status).toBe('exact')
    expect(r.position).toEqual({ type: 'TextPositionSelector', start, end: start + t.quote.exact.length })
  })
})

describe('applyAnchor', () => {
  const row: Annotation = {
    ...target('我们坚持民生为本'),
    id: 'a1',
    documentId: 'd1',
    textHash: hashText(OLD),
    color: 'yellow',
    themes: ['livelihood'],
    tags: ['t'],
    note: 'n',
    created: '2024-01-01T00:00:00.000Z',
    updated: '2024-01-01T00:00:00.000Z',
    anchorStatus: 'exact',
  }

  it('takes a placement with the new text hash, and keeps an orphan as it was', () => {
    const newText = `新增一段。\n${OLD}`
    const placed = applyAnchor(row, anchorAnnotation(newText, row), hashText(newText), '2025-01-01T00:00:00.000Z')
    expect(placed).toEqual({
      ...row,
      position: { ...row.position, start: row.position.start + 6, end: row.position.end + 6 },
      quote: placed.quote,
      textHash: hashText(newText),
      updated: '2025-01-01T00:00:00.000Z',
    })
    expect(placed.quote.exact).toBe(row.quote.exact)
    const orphan = applyAnchor(row, anchorAnnotation('', row), hashText(''))
    expect(orphan).toEqual({ ...row, anchorStatus: 'orphan' })
  })
})

describe('repeated quotes', () => {
  const para = (lead: string) => `${lead},要坚持系统治理,推进综合网格建设。`
  const text = [para('在城区'), para('在农村'), para('在园区')].join('\n')
  const quote = '坚持系统治理'

  it('prefix/suffix choose the right repeat after text is inserted', () => {
    const second = nthIndex(text, quote, 1)
    const t = describeSelection(text, second, second + quote.length)
    const newText = '前言。\n' + text.replace('在城区', '在中心城区').replace('在园区', '在工业园区')
    const r = anchorAnnotation(newText, t)
    expect(r.status).toBe('exact')
    const start = nthIndex(newText, quote, 1)
    expect(r.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length })
  })

  it('the repeat nearest the old position wins when contexts tie', () => {
    const same = [para('在城区'), para('在城区'), para('在城区')].join('\n')
    const third = nthIndex(same, quote, 2)
    const t = describeSelection(same, third, third + quote.length)
    const newText = 'X' + same
    const r = anchorAnnotation(newText, t)
    expect(r.status).toBe('exact')
    const start = nthIndex(newText, quote, 2)
    expect(r.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length })
  })

  it("with the old text, the quote's copy deleted while its repeats stay → orphan, not a repeat", () => {
    // Without the old text this is undecidable: 在园区 now stands at the old offset and differs from
    // 在农村 by two characters, as a corrected copy would. The diff knows both repeats were there before.
    const second = nthIndex(text, quote, 1)
    const t = describeSelection(text, second, second + quote.length)
    const newText = [para('在城区'), para('在园区')].join('\n')
    expect(reanchorAll(text, newText, [t]).results[0].status).toBe('orphan')
  })
})

describe('odd selectors', () => {
  const t = target('空气质量优良天数比例')
  it.each([
    ['empty quote', { ...t, quote: { ...t.quote, exact: '' } }],
    [
      'empty quote, out-of-range position',
      { quote: { ...t.quote, exact: '' }, position: { type: 'TextPositionSelector' as const, start: 9999, end: -3 } },
    ],
  ])('%s → orphan', (_n, sel) => {
    expect(anchorAnnotation(OLD, sel).status).toBe('orphan')
  })
  it('out-of-range or NaN positions still find the quote', () => {
    const r = anchorAnnotation(OLD, { ...t, position: { type: 'TextPositionSelector', start: Number.NaN, end: 1e9 } })
    expect(r.status).toBe('exact')
    expect(r.position.start).toBe(OLD.indexOf(t.quote.exact))
  })
})

describe('describeSelection and hashText', () => {
  it('keeps 32 characters of context and clamps offsets', () => {
    const d = describeSelection(OLD, 40, 50)
    expect(d.quote.prefix).toBe(OLD.slice(8, 40))
    expect(d.quote.suffix).toBe(OLD.slice(50, 82))
    expect(describeSelection('abc', 5, -1).position).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 })
    expect(describeSelection('', 0, 0).quote).toEqual({ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' })
  })
  it('hashes deterministically and tells versions apart', () => {
    expect(hashText(OLD)).toBe(hashText(OLD.slice()))
    expect(hashText(OLD)).not.toBe(hashText(OLD.replace(',', '，')))
    expect(hashText('')).toMatch(/^[0-9a-f]{14}$/)
  })
})

describe('reanchorAll on a real seed report with realistic edits', () => {
  const seed = readFileSync(new URL('../../../seeds/003_765d9d0c58e45bfb.txt', import.meta.url), 'utf8')
  const paragraphs = seed.split('\n')
  const spans = [200, 1500, 3000, 5000, 7000].filter((s) => s + 40 < seed.length)
  const targets = spans.map((s) => describeSelection(seed, s, s + 30))
  // Edit: comma width flips throughout, a sentence inserted near the top, the third paragraph removed.
  const removed = paragraphs[2]
  const edited = ['新增说明:本文根据会议意见修改。', ...paragraphs.slice(0, 2), ...paragraphs.slice(3)].join('\n').replaceAll(',', '，')

  it.each([
    ['without the old text', undefined],
    ['with the old text', seed],
  ] as const)('%s', (_n, old) => {
    const { results, counts } = reanchorAll(old, edited, targets)
    expect(counts.exact + counts.fuzzy + counts.orphan).toBe(targets.length)
    results.forEach((r, i) => {
      const inRemoved = seed.indexOf(removed) <= spans[i] && spans[i] < seed.indexOf(removed) + removed.length
      if (inRemoved) expect(r.status).toBe('orphan')
      else {
        const wording = targets[i].quote.exact.replaceAll(',', '，')
        const start = edited.indexOf(wording)
        expect(edited.indexOf(wording, start + 1), 'the expected wording is unique').toBe(-1)
        expect(r.status).toBe(wording === targets[i].quote.exact ? 'exact' : 'fuzzy')
        expect(r.position).toEqual({ type: 'TextPositionSelector', start, end: start + wording.length })
        expect(r.quote.exact).toBe(wording)
      }
    })
  })
})
