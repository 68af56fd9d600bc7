import { describe, expect, it } from 'vitest'
import { defaultReferences, type ReferenceCandidate } from '../../../src/core/trace'

const doc = (id: string, extra: Partial<ReferenceCandidate>): ReferenceCandidate => ({
  id,
  level: 'district',
  year: 2023,
  place: '',
  docType: 'government-work-report',
  ...extra,
})

const library: ReferenceCandidate[] = [
  doc('n2023', { level: 'national', place: '', year: 2023 }),
  doc('n2023plan', { level: 'national', place: '', year: 2023, docType: 'plan' }),
  doc('n2024', { level: 'national', place: '', year: 2024 }),
  doc('gd2023', { level: 'province', place: '广东省', province: '广东省' }),
  doc('sd2023', { level: 'province', place: '山东省', province: '山东省' }),
  doc('sz2023', { level: 'city', place: '深圳市', city: '深圳市', province: '广东省' }),
  doc('yt2023', { level: 'district', place: '盐田区', district: '盐田区', city: '深圳市', province: '广东省' }),
  doc('sj2023', { level: 'town', place: '沙头角街道', district: '盐田区', city: '深圳市', province: '广东省' }),
  doc('yt2017', { level: 'district', place: '盐田区', district: '盐田区', city: '深圳市', province: '广东省', year: 2017 }),
]

describe('defaultReferences', () => {
  it('pairs a district report with the national, province and city reports of its year', () => {
    expect(
      defaultReferences(
        library.find((d) => d.id === 'yt2023')!,
        library,
      ),
    ).toEqual(['n2023', 'gd2023', 'sz2023'])
  })

  it('pairs a town with its district too, and prefers a work report among a level', () => {
    expect(
      defaultReferences(
        library.find((d) => d.id === 'sj2023')!,
        library,
      ),
    ).toEqual(['n2023', 'gd2023', 'sz2023', 'yt2023'])
  })

  it('has nothing for a year without a national report, a national report, or a document without a year', () => {
    expect(
      defaultReferences(
        library.find((d) => d.id === 'yt2017')!,
        library,
      ),
    ).toEqual([])
    expect(defaultReferences(library[0]!, library)).toEqual([])
    expect(defaultReferences(doc('x', { year: undefined }), library)).toEqual([])
    expect(defaultReferences(doc('x', {}), [])).toEqual([])
  })
})
