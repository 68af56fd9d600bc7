import { describe, expect, it } from 'vitest'
import { findEchoes, indexReference, mostEchoedSentences } from '../../../src/core/trace'

const REFERENCE = '坚持以人民为中心的发展思想。全面推进安全生产专项整治三年行动。持续打好蓝天碧水净土保卫战。'

describe('mostEchoedSentences', () => {
  const index = indexReference(REFERENCE)
  const docs = [
    { id: 'a', text: '我区坚持以人民为中心的发展思想。全面推进安全生产专项整治三年行动。' },
    { id: 'b', text: '全面推进安全生产专项整治三年行动，成效明显。' },
    { id: 'c', text: '全面推进安全生产专项整治。新建公园三座。' },
    { id: 'd', text: '新建公园三座，改造老旧小区。' },
  ].map((d) => ({ id: d.id, text: d.text, spans: findEchoes(index, d.text) }))

  it('ranks reference sentences by how many documents repeat them, with the places', () => {
    const sentences = mostEchoedSentences(REFERENCE, docs)
    expect(sentences.map((s) => s.text)).toEqual(['全面推进安全生产专项整治三年行动。', '坚持以人民为中心的发展思想。'])
    expect(sentences[0]!.places.map((p) => p.id)).toEqual(['a', 'b', 'c'])
    const a = docs[0]!
    const place = sentences[0]!.places[0]!
    expect(a.text.slice(place.spans[0]!.start, place.spans[0]!.end)).toContain('安全生产专项整治')
    expect(REFERENCE.slice(sentences[0]!.start, sentences[0]!.end)).toBe(sentences[0]!.text)
  })

  it('does not count a sentence repeated in small part', () => {
    const sentences = mostEchoedSentences(REFERENCE, [
      { id: 'x', spans: [{ start: 0, end: 6, refStart: REFERENCE.indexOf('蓝天'), refEnd: REFERENCE.indexOf('蓝天') + 4 }] },
    ])
    expect(sentences).toEqual([])
  })

  it('honours the limit and takes empty input', () => {
    expect(mostEchoedSentences(REFERENCE, docs, 1)).toHaveLength(1)
    expect(mostEchoedSentences(REFERENCE, [])).toEqual([])
    expect(mostEchoedSentences('', docs)).toEqual([])
  })
})
