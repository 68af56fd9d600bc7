// Suggested export file names: scope label kept (Chinese included), unsafe characters removed, local date.
import { describe, expect, it } from 'vitest'
import { exportFileName, fileNamePart, localDate, MAX_SCOPE_PART_LENGTH } from '../../../../src/renderer/features/export/export-file-name'

// Noon local time: the same calendar day in every time zone the tests may run in.
const NOW = new Date(2026, 10, 23, 12, 0, 0)

describe('exportFileName', () => {
  const cases: { label: string; format: 'md' | 'csv' | 'jsonld' | 'qdpx'; name: string }[] = [
    { label: '安全', format: 'md', name: 'Bidu-notes-安全-2026-11-23.md' },
    { label: '', format: 'csv', name: 'Bidu-notes-2026-11-23.csv' },
    { label: '杭州市 2024 政府工作报告', format: 'jsonld', name: 'Bidu-notes-杭州市-2024-政府工作报告-2026-11-23.jsonld' },
    { label: 'a/b\\c:d*e?f"g<h>i|j', format: 'qdpx', name: 'Bidu-notes-a-b-c-d-e-f-g-h-i-j-2026-11-23.qdpx' },
    { label: '../../etc/passwd', format: 'md', name: 'Bidu-notes-etc-passwd-2026-11-23.md' },
    { label: '\u0000\u0007 ', format: 'md', name: 'Bidu-notes-2026-11-23.md' },
    { label: '生态　环境\t\n', format: 'md', name: 'Bidu-notes-生态-环境-2026-11-23.md' },
  ]
  it.each(cases)('$label → $name', ({ label, format, name }) => {
    expect(exportFileName(label, format, NOW)).toBe(name)
  })

  it('shortens long labels by code points, never splitting a character outside the basic plane', () => {
    const part = fileNamePart('𠀀'.repeat(100))
    expect([...part]).toHaveLength(MAX_SCOPE_PART_LENGTH)
    expect(part).toBe('𠀀'.repeat(MAX_SCOPE_PART_LENGTH))
  })

  it('uses the local calendar date with zero padding', () => {
    expect(localDate(new Date(2026, 0, 5, 12))).toBe('2026-01-05')
  })
})
