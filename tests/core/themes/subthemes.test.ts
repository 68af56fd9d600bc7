import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Passage } from '../../../src/core/passages'
import {
  BUILTIN_THEME_IDS,
  builtinCodebook,
  classifyDocument,
  classifyPassages,
  compileThemeMatcher,
  validateCodebook,
  type Codebook,
} from '../../../src/core/themes'

const matcher = compileThemeMatcher(builtinCodebook())

function passage(start: number, end: number, headings: Passage['headings'] = []): Passage {
  return { id: `p${start}`, start, end, kind: 'paragraph', headings }
}
const subthemesOf = (text: string): string[] => classifyPassages(text, [passage(0, text.length)], matcher)[0].subthemes

describe('built-in sub-themes', () => {
  const codebook = builtinCodebook()

  it('gives every built-in theme 4 to 8 sub-themes with both labels', () => {
    for (const id of BUILTIN_THEME_IDS) {
      const subs = codebook.themes.find((t) => t.id === id)?.subthemes ?? []
      expect(subs.length, id).toBeGreaterThanOrEqual(4)
      expect(subs.length, id).toBeLessThanOrEqual(8)
      for (const s of subs) expect(s.labelZh && s.labelEn, `${id}.${s.id}`).toBeTruthy()
    }
  })

  it('names every theme and sub-theme differently (QualCoder keeps one code per name on import)', () => {
    const names = codebook.themes.flatMap((t) => [t.labelZh, ...(t.subthemes ?? []).map((s) => s.labelZh)])
    expect(new Set(names).size).toBe(names.length)
  })

  it('passes its own validation (no term in two sub-themes of a theme)', () => {
    const checked = validateCodebook(codebook)
    expect(checked.ok && checked.value).toEqual(codebook)
  })
})

describe('sub-theme classification', () => {
  it.each([
    ['严格落实食品安全“四个最严”要求，加强药品监管。', 'safety.food_drug'],
    ['开展安全生产治本攻坚三年行动，严防重特大事故。', 'safety.production'],
    ['常态化开展扫黑除恶斗争，严厉打击电信网络诈骗。', 'safety.public_order'],
    ['统筹PM2.5和臭氧协同治理，优良天数比例持续提高。', 'ecology.air'],
    ['全面推行河长制，消除黑臭水体。', 'ecology.water'],
    ['积极稳妥推进碳达峰碳中和。', 'ecology.carbon'],
    ['完善矛盾纠纷多元化解机制，坚持和发展新时代枫桥经验。', 'governance.disputes'],
    ['新增幼儿园学位三千个，学前教育普惠率达到90%。', 'education.preschool'],
  ])('tags %j with %s', (text, key) => expect(subthemesOf(text)).toContain(key))

  it('keeps different topics of one theme apart', () => {
    expect(subthemesOf('严格落实食品安全责任。')).not.toContain('safety.production')
    expect(subthemesOf('开展安全生产大检查。')).not.toContain('safety.food_drug')
  })

  it('gives a passage a sub-theme only within a theme it carries', () => {
    const codebook: Codebook = {
      version: 2,
      themes: [
        {
          id: 'safety',
          labelZh: '安全',
          labelEn: 'Safety',
          color: '#d62728',
          terms: [{ term: '安全', weight: 3 }],
          subthemes: [{ id: 'fire', labelZh: '消防', labelEn: 'Fire', terms: [{ term: '消防', weight: 3 }] }],
        },
      ],
    }
    const m = compileThemeMatcher(codebook)
    const text = '建设消防站。加强消防安全。'
    const [untagged, tagged] = classifyPassages(text, [passage(0, 6), passage(6, text.length)], m)
    expect(untagged.themes).toEqual([])
    expect(untagged.subthemes).toEqual([])
    expect(tagged.themes).toEqual(['safety'])
    expect(tagged.subthemes).toEqual(['safety.fire'])
  })

  it('lets the nearest heading name the sub-theme of a paragraph that only names the theme', () => {
    const heading = '（三）强化食品药品安全监管'
    const body = '严格落实企业主体责任，开展安全隐患专项整治。'
    const text = `${heading}\n${body}`
    const h = { id: 'h0', start: 0, end: heading.length, title: heading, level: 2 }
    const [p] = classifyPassages(text, [passage(heading.length + 1, text.length, [h])], matcher)
    expect(p.themes).toContain('safety')
    expect(p.subthemes).toContain('safety.food_drug')
  })

  it('gives no sub-theme without a codebook that has them', () => {
    const flat = compileThemeMatcher({ themes: builtinCodebook().themes.map(({ subthemes: _, ...t }) => t) })
    const text = '严格落实食品安全责任。'
    expect(classifyPassages(text, [passage(0, text.length)], flat)[0].subthemes).toEqual([])
  })
})

describe('flat codebooks of the previous version', () => {
  const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds')
  const texts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
  // What the previous version saved: the built-in themes with no sub-themes, version 1.
  const flat = JSON.parse(JSON.stringify({ version: 1, themes: builtinCodebook().themes.map(({ subthemes: _, ...t }) => t) }))

  it('load as the current version with the same themes, terms and colours', () => {
    const loaded = validateCodebook(flat)
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.value.version).toBe(2)
    expect(loaded.value.themes.map(({ subthemes: _, ...t }) => t)).toEqual(flat.themes)
  })

  it('give every passage of the samples the themes it had', () => {
    const loaded = validateCodebook(flat)
    if (!loaded.ok) throw new Error(loaded.error.message)
    const before = compileThemeMatcher(flat)
    const after = compileThemeMatcher(loaded.value)
    for (const text of texts) {
      // The same passages: the gained sub-themes may also cut a run where a sentence names another one.
      const passages = classifyDocument(text, before)
      const old = passages.map((p) => [p.start, p.end, p.themes])
      expect(classifyPassages(text, passages, after).map((p) => [p.start, p.end, p.themes])).toEqual(old)
    }
  })

  it('gain the built-in sub-themes on built-in themes only; a theme of their own stays flat', () => {
    const own = { id: 'housing', labelZh: '住房', labelEn: 'Housing', color: '#123456', terms: [{ term: '住房', weight: 3 }] }
    const loaded = validateCodebook({ version: 1, themes: [...flat.themes, own] })
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.value.themes.find((t) => t.id === 'safety')?.subthemes).toEqual(builtinCodebook().themes[0].subthemes)
    expect(loaded.value.themes.find((t) => t.id === 'housing')?.subthemes).toEqual([])
  })
})

describe('codebook validation of sub-themes', () => {
  const base = () => builtinCodebook()
  it.each([
    [
      'an empty sub-theme',
      (c: Codebook) => c.themes[0].subthemes!.push({ id: 'misc', labelZh: '其他', labelEn: 'Other', terms: [] }),
      'EMPTY_SUBTHEME',
      '"misc" has no terms',
    ],
    [
      'an unnamed sub-theme',
      (c: Codebook) => (c.themes[0].subthemes![1].labelZh = c.themes[0].subthemes![1].labelEn = ' '),
      'EMPTY_SUBTHEME',
      'needs a name',
    ],
    [
      'a duplicated sub-theme id',
      (c: Codebook) => c.themes[1].subthemes!.push({ ...c.themes[1].subthemes![0], terms: [{ term: '某词', weight: 2 }] }),
      'DUPLICATE_SUBTHEME',
      'sub-theme id "air" appears more than once',
    ],
    [
      'a duplicated sub-theme name',
      (c: Codebook) =>
        c.themes[1].subthemes!.push({ id: 'air2', labelZh: '大气污染防治', labelEn: 'Air 2', terms: [{ term: '某词', weight: 2 }] }),
      'DUPLICATE_SUBTHEME',
      'both named "大气污染防治"',
    ],
    [
      'a term in two sub-themes',
      (c: Codebook) => c.themes[0].subthemes![1].terms.push({ term: '安全生产', weight: 3 }),
      'TERM_COLLISION',
      'term "安全生产" is in both sub-themes "production" and "food_drug"',
    ],
    [
      'a term that folds to another',
      (c: Codebook) => c.themes[1].subthemes![1].terms.push({ term: 'ＰＭ２．５', weight: 3 }),
      'TERM_COLLISION',
      'sub-themes "air" and "water"',
    ],
  ])('refuses %s with a message naming it', (_name, edit, code, message) => {
    const c = base()
    edit(c)
    const r = validateCodebook(c)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe(code)
      expect(r.error.message).toContain(message)
    }
  })
})
