import { describe, expect, it } from 'vitest'
import { alignDocuments, type AlignDocument } from '../../../src/core/align'

/** Sentences on a few topics; documents mix them in different orders and wordings. */
const TOPICS = [
  ['坚持和发展新时代枫桥经验，完善矛盾纠纷多元化解机制。', '推广枫桥经验，健全基层矛盾纠纷化解工作机制。'],
  ['有序推进碳达峰碳中和，建设近零碳排放区。', '积极稳妥推进碳达峰碳中和，创建低碳社区和低碳园区。'],
  ['全面落实河长制湖长制，持续改善水环境质量。', '深化河湖长制，开展巡河护河，治理黑臭水体。'],
  ['加强安全生产监管，开展重点行业领域隐患排查整治。', '压实安全生产责任，深化危险化学品和燃气安全专项整治。'],
  ['严格食品药品安全监管，守护群众舌尖上的安全。', '实施食品安全战略，加强药品疫苗全过程监管。'],
  ['推动制造业高质量发展，培育先进制造业集群。', '加快建设现代产业体系，推动制造业转型升级。'],
  ['完善养老服务体系，发展普惠型养老服务。', '积极应对人口老龄化，建设社区嵌入式养老服务设施。'],
]

/** Document `k`: every topic in a rotated order, alternating the two wordings. */
function library(count: number): AlignDocument[] {
  return Array.from({ length: count }, (_, k) => {
    let text = ''
    const passages = TOPICS.map((_, i) => {
      const topic = TOPICS[(i + k) % TOPICS.length]
      const sentence = topic[(i + k) % 2]
      const start = text.length
      text += sentence + '\n'
      return { id: `p${i}`, start, end: start + sentence.length, themes: [], headings: [] }
    })
    return { text, passages }
  })
}

describe('alignDocuments is the same whatever the order of the documents', () => {
  it('scores each pair of passages the same when the library is reversed', () => {
    const docs = library(9)
    const n = docs.length
    const key = (from: number, fp: string, to: number, tp: string) => `${from}|${fp}>${to}|${tp}`
    const forward = new Map(alignDocuments(docs).map((m) => [key(m.from.doc, m.from.passage, m.to.doc, m.to.passage), m]))
    const reversed = alignDocuments([...docs].reverse())
    expect(reversed.length).toBe(forward.size)
    for (const m of reversed) {
      const same = forward.get(key(n - 1 - m.from.doc, m.from.passage, n - 1 - m.to.doc, m.to.passage))
      expect(same, JSON.stringify(m)).toBeDefined()
      expect(same?.score).toBe(m.score)
      expect(same?.rank).toBe(m.rank)
    }
  })
})

describe('alignDocuments with a bound on target documents', () => {
  it('matches each passage into at most that many documents, with the candidates of the unbounded search', () => {
    const docs = library(9)
    const topicOf = (doc: number, passage: string) => (Number(passage.slice(1)) + doc) % TOPICS.length
    const bounded = alignDocuments(docs, { top: 1, maxTargets: 3 })
    const targets = new Map<string, Set<number>>()
    for (const m of bounded) {
      const from = `${m.from.doc}|${m.from.passage}`
      targets.set(from, (targets.get(from) ?? new Set()).add(m.to.doc))
      expect(topicOf(m.to.doc, m.to.passage)).toBe(topicOf(m.from.doc, m.from.passage))
    }
    expect(targets.size).toBe(9 * TOPICS.length)
    for (const docsOfPassage of targets.values()) expect(docsOfPassage.size).toBe(3)
  })
})
