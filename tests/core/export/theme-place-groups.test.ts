// The "theme, then place" grouping: sub-themes nested under their theme (not a raw code as a heading,
// not the passage twice), one heading per document named by its label so reports of one place in
// different years stay apart, a place's documents together.
import { describe, expect, it } from 'vitest'
import { toMarkdown, type ExportDocument, type ExportInput } from '../../../src/core/export'
import { groupByThemeAndPlace } from '../../../src/core/export/theme-place-groups'
import { builtinCodebook } from '../../../src/core/themes'
import { annotate, options } from './export-fixtures'

const TEXT = '推进安全生产专项整治。加强食品药品安全监管。建设平安社区。'

function doc(id: string, place: string, year: number, label: string): ExportDocument {
  return {
    id,
    fileName: `${id}.txt`,
    text: TEXT,
    metadata: { title: '政府工作报告', place, year, level: 'district', docType: 'government-work-report' },
    label,
  }
}

const yantian2017 = doc('y17', '盐田区', 2017, '盐田区 · 2017 · 报告')
const huangpu = doc('hp', '黄浦区', 2023, '黄浦区 · 2023 · 报告')
const yantian2023 = doc('y23', '盐田区', 2023, '盐田区 · 2023 · 报告')

function input(): ExportInput {
  return {
    // Documents in import order: the two 盐田 reports are not adjacent.
    documents: [yantian2017, huangpu, yantian2023],
    annotations: [
      annotate(yantian2017, '推进安全生产专项整治', { id: 'p1', themes: ['safety', 'safety.production'] }),
      annotate(huangpu, '推进安全生产专项整治', { id: 'p2', themes: ['safety.production'] }),
      annotate(yantian2023, '推进安全生产专项整治', { id: 'p3', themes: ['safety', 'safety.production'] }),
      annotate(yantian2023, '加强食品药品安全监管', { id: 'f1', themes: ['safety', 'safety.food_drug'] }),
      annotate(huangpu, '建设平安社区', { id: 's1', themes: ['safety'] }),
      annotate(huangpu, '建设平安社区', { id: 'x1', themes: ['retired.code'] }),
      annotate(yantian2017, '建设平安社区', { id: 'n1' }),
    ],
    codebook: builtinCodebook(),
  }
}

describe('theme, then place', () => {
  const groups = groupByThemeAndPlace(input().annotations, input().documents, input().codebook)
  const titles = groups.map((g) => g.title)

  it('heads a theme, then each of its sub-themes nested in its name, in codebook order; unknown codes, then the uncoded last', () => {
    expect(titles).toEqual([
      '公共安全 (Public safety)',
      '公共安全 › 安全生产 (Public safety › Work safety)',
      '公共安全 › 食品药品安全 (Public safety › Food and drug safety)',
      'retired.code',
      '未归类主题 (no theme)',
    ])
  })

  it('lists a passage coded with a sub-theme under the sub-theme only, not again under its theme', () => {
    const ids = (title: string): string[] => groups.find((g) => g.title === title)!.subgroups.flatMap((s) => s.annotations.map((a) => a.id))
    expect(ids('公共安全 (Public safety)')).toEqual(['s1'])
    expect(ids('公共安全 › 安全生产 (Public safety › Work safety)').sort()).toEqual(['p1', 'p2', 'p3'])
  })

  it('heads each document by its label, a place’s reports together, so years stay apart', () => {
    const production = groups[1]!
    expect(production.subgroups.map((s) => s.title)).toEqual(['盐田区 · 2017 · 报告', '盐田区 · 2023 · 报告', '黄浦区 · 2023 · 报告'])
  })

  it('writes the nesting as Markdown headings', () => {
    const md = toMarkdown(input(), options({ grouping: 'theme-place' }))
    const headings = md.split('\n').filter((l) => /^#{2,3} /.test(l))
    expect(headings.slice(0, 6)).toEqual([
      '## 公共安全 (Public safety)',
      '### 黄浦区 · 2023 · 报告',
      '## 公共安全 › 安全生产 (Public safety › Work safety)',
      '### 盐田区 · 2017 · 报告',
      '### 盐田区 · 2023 · 报告',
      '### 黄浦区 · 2023 · 报告',
    ])
  })
})
