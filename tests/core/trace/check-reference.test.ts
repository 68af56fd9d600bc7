import { describe, expect, it } from 'vitest'
import { checkReferencePair, checkTraceText, findEchoes, indexReference } from '../../../src/core/trace'
import { nationalReports } from '../../fixtures/corpora/national-reports'

const report = nationalReports().find((r) => r.year === 2024)!.text

describe('checkTraceText', () => {
  it.each([
    ['', 'NO_TEXT'],
    ['   \n\t ', 'NO_TEXT'],
    ['2024 — 12.5% — ……', 'NO_CHINESE'],
    ['The State Council reports on the work of the government in 2024, with many words in English. 政府工作报告', 'OTHER_LANGUAGE'],
    ['政府活動報告。'.repeat(2) + 'これは日本語の文章です。ひらがなとカタカナがたくさんあります。'.repeat(3), 'OTHER_LANGUAGE'],
    ['정부 업무 보고서입니다. 한국어로 쓰여 있습니다. 国务院政府工作报告'.repeat(3), 'OTHER_LANGUAGE'],
  ])('refuses %j with %s and a message naming it', (text, code) => {
    const result = checkTraceText('ref.txt', text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.message).toContain('ref.txt')
    }
  })

  it('accepts a Chinese report, also one quoting some English', () => {
    expect(checkTraceText('r', report).ok).toBe(true)
    expect(checkTraceText('r', '推进GDP核算和PM2.5监测，建设5G基站一万个，完善数字政府建设。').ok).toBe(true)
  })
})

describe('checkReferencePair', () => {
  const index = indexReference(report)
  const side = (name: string, text: string, id?: string) => ({ name, text, id })

  it('refuses the document itself (same id or same text)', () => {
    const result = checkReferencePair(side('a', report, 'x'), side('b', report.slice(0, 100), 'x'), [])
    expect(!result.ok && result.error.code).toBe('SAME_DOCUMENT')
    expect(!checkReferencePair(side('a', report), side('b', report), []).ok).toBe(true)
  })

  it('refuses an earlier version: nearly all of it the same at about the same length', () => {
    const corrected = report.replaceAll('。', '；').replace('各位代表', '各位代表、各位委员') + '\n（根据录音整理）'
    const result = checkReferencePair(side('old.txt', report), side('new.txt', corrected), findEchoes(index, corrected))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('EARLIER_VERSION')
      expect(result.error.message).toMatch(/old\.txt is a version of new\.txt/)
    }
  })

  it('accepts a local report that repeats part of the reference', () => {
    const local = report.slice(0, 3000) + '\n我区新建社区消防站三个，培训网格员两百人，完成老旧小区改造四十个。'.repeat(100)
    expect(checkReferencePair(side('n', report), side('l', local), findEchoes(index, local)).ok).toBe(true)
  })
})
