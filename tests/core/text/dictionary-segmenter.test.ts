import { describe, expect, it } from 'vitest'
import { compileDictionary, parseVocabulary, segmentWithDictionary } from '../../../src/core/text/dictionary-segmenter'
import { segmentWords, segmentWordsIntl, termsOfTokens } from '../../../src/core/text/tokenize'
import { nationalReports } from '../../fixtures/corpora/national-reports'

/** Every word seen 10 times: with equal counts the split with the fewest words wins. */
const evenly = (vocabulary: string[]): [string, number][] => vocabulary.map((w) => [w, 10])
const words = (text: string, vocabulary: string[] | [string, number][], start?: number, end?: number): string[] => {
  const counts = typeof vocabulary[0] === 'string' ? evenly(vocabulary as string[]) : (vocabulary as [string, number][])
  return segmentWithDictionary(compileDictionary(counts), text, start, end).map((t) => t.text)
}

describe('segmentWithDictionary', () => {
  it('prefers whole vocabulary words to pieces', () => {
    expect(words('河长制巡河', ['河长', '河长制', '巡河', '制'])).toEqual(['河长制', '巡河'])
    expect(words('安全生产责任', ['安全', '安全生产', '生产', '责任'])).toEqual(['安全生产', '责任'])
  })

  it('settles overlapping words by frequency, where longest-match would take the first', () => {
    const counts: [string, number][] = [
      ['和', 500],
      ['政府', 400],
      ['和政', 2],
      ['府', 1],
    ]
    expect(words('和政府', counts)).toEqual(['和', '政府'])
    // The same characters where the rare word is meant get it only when the rest fits.
    expect(words('和政', counts)).toEqual(['和政'])
  })

  it('gives one character where no vocabulary word starts, so unknown words become single characters', () => {
    expect(words('枫桥经验', ['经验'])).toEqual(['枫', '桥', '经验'])
    expect(words('枫桥', [])).toEqual(['枫', '桥'])
  })

  it('gives a later text its own words when an earlier text used the same dictionary', () => {
    const d = compileDictionary(evenly(['河长', '河长制', '巡河']))
    const texts = (t: string): string[] => segmentWithDictionary(d, t).map((x) => x.text)
    expect(texts('河长制巡河，枫桥')).toEqual(['河长制', '巡河', '枫', '桥'])
    expect(texts('巡河河长枫林')).toEqual(['巡河', '河长', '枫', '林'])
    expect(texts('巡河河长枫林')).toEqual(words('巡河河长枫林', ['河长', '河长制', '巡河']))
  })

  it('does not take a prefix of a word that is not itself a word', () => {
    // 网格化管 is a path in the trie (under 网格化管理) but not a word.
    expect(words('网格化管控', ['网格化', '网格化管理', '管控'])).toEqual(['网格化', '管控'])
  })

  it('reads the shipped `word count` lines', () => {
    expect(parseVocabulary('河长制 12\n和 900\n\n')).toEqual([
      ['河长制', 12],
      ['和', 900],
    ])
  })

  it('drops punctuation and spaces and gives offsets into the original text', () => {
    const text = '一、推进 河长制。'
    const tokens = segmentWithDictionary(compileDictionary(evenly(['推进', '河长制'])), text)
    expect(tokens.map((t) => t.text)).toEqual(['一', '推进', '河长制'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('keeps an ASCII word with its inner dot as one folded token, full-width too', () => {
    const text = '治理ＰＭ２．５和PM2.5。'
    const tokens = segmentWithDictionary(compileDictionary(evenly(['治理'])), text)
    expect(tokens.map((t) => t.text)).toEqual(['治理', 'pm2.5', '和', 'pm2.5'])
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('ＰＭ２．５')
    // A trailing dot is punctuation, not part of the word.
    expect(words('5G.', [])).toEqual(['5g'])
  })

  it('segments only text[start, end) and never matches across its end', () => {
    const text = '推进河长制改革'
    expect(words(text, ['河长制', '改革'], 2, 4)).toEqual(['河', '长'])
  })

  it('gives no tokens for empty input or punctuation only, and ignores vocabulary entries that are not Han words', () => {
    expect(words('', ['河长'])).toEqual([])
    expect(words('。，；  ', ['河长'])).toEqual([])
    expect(words('ab河长', ['ab河长', '河', '河长'])).toEqual(['ab', '河长'])
  })
})

describe('the shipped vocabulary', () => {
  it('gives the content terms of Intl.Segmenter for at least 99% of a national report’s terms', () => {
    const text = nationalReports().find((r) => r.year === 2019)!.text
    const ours = termsOfTokens(segmentWords(text))
    const left = new Map<string, number>()
    for (const t of termsOfTokens(segmentWordsIntl(text))) left.set(t, (left.get(t) ?? 0) + 1)
    let same = 0
    for (const t of ours) {
      const n = left.get(t) ?? 0
      if (n > 0) {
        same++
        left.set(t, n - 1)
      }
    }
    expect(same / ours.length).toBeGreaterThan(0.99)
  })
})
