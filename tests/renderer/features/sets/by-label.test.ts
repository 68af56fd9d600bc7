// Menus that list documents (the reader's "Add column", the export's document picker, tracing's
// reference menus) order them by label: each place's reports together, years and #n as numbers.
import { describe, expect, it } from 'vitest'
import { byLabel, type LabelOf } from '../../../../src/renderer/features/sets'

describe('byLabel', () => {
  it('groups a place’s reports and orders their years and look-alike numbers as numbers', () => {
    const labels: Record<string, string> = {
      a: '中华人民共和国 · 2019 · 报告',
      b: '盐田区 · 2023 · 报告',
      c: '中华人民共和国 · 1954',
      d: '东城区 · 2023 · 报告 #10',
      e: '东城区 · 2023 · 报告 #2',
      f: '盐田区 · 2017 · 方案',
    }
    const labelOf: LabelOf = (id) => ({ label: labels[id] ?? id, title: '' })
    const ordered = Object.keys(labels)
      .sort(byLabel(labelOf))
      .map((id) => labels[id])
    const places = ordered.map((l) => l!.split(' · ')[0])
    // Each place once, in one run.
    expect(places.filter((p, i) => p !== places[i - 1])).toEqual([...new Set(places)])
    expect(ordered.indexOf('中华人民共和国 · 1954')).toBeLessThan(ordered.indexOf('中华人民共和国 · 2019 · 报告'))
    expect(ordered.indexOf('盐田区 · 2017 · 方案')).toBeLessThan(ordered.indexOf('盐田区 · 2023 · 报告'))
    expect(ordered.indexOf('东城区 · 2023 · 报告 #2')).toBeLessThan(ordered.indexOf('东城区 · 2023 · 报告 #10'))
  })
})
