// FORMAT_OPTIONS says which dialog options each writer honours; the dialog disables the rest. Checked
// against the writers themselves: turning an honoured option changes the output, any other does not.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  FORMAT_OPTIONS,
  INCLUDE_ALL,
  renderExport,
  type ExportFormat,
  type ExportInclude,
  type ExportOptions,
} from '../../../src/core/export'
import { options, seedInput } from './export-fixtures'

const FORMATS = Object.keys(FORMAT_OPTIONS) as ExportFormat[]
const INCLUDE_KEYS = Object.keys(INCLUDE_ALL) as (keyof ExportInclude)[]

/** The export as comparable text (a qdpx's project.qde, a docx's document.xml; the rest does not depend on options). */
async function render(format: ExportFormat, overrides: Partial<ExportOptions>): Promise<string> {
  const input = {
    ...seedInput(),
    alignedPassages: () => [{ documentId: 'doc-001', start: 1, end: 5, text: '网格' }],
    figures: () => [{ value: '60个' }],
    echoes: () => [{ reference: '国务院 · 2023', text: '坚持和发展新时代“枫桥经验”' }],
  }
  const out = await renderExport(format, input, options(overrides))
  if (typeof out === 'string') return out
  const files = unzipSync(out)
  return strFromU8(files['project.qde'] ?? files['word/document.xml'])
}

describe('FORMAT_OPTIONS', () => {
  const cases = FORMATS.flatMap((format) => INCLUDE_KEYS.map((key) => [format, key] as const))
  it.each(cases)('%s honours include.%s exactly when it says so', async (format, key) => {
    const without = await render(format, { include: { ...INCLUDE_ALL, [key]: false } })
    expect(without !== (await render(format, {}))).toBe(FORMAT_OPTIONS[format].include.includes(key))
  })

  it.each(FORMATS)('%s honours grouping and order exactly when it says so', async (format) => {
    const base = await render(format, {})
    expect((await render(format, { grouping: 'tag' })) !== base).toBe(FORMAT_OPTIONS[format].grouping)
    // by theme, the safety group holds a 2017 annotation made after a 2023 one: order moves them
    const byTheme = { grouping: 'theme-place' } as const
    expect((await render(format, { ...byTheme, order: 'created' })) !== (await render(format, byTheme))).toBe(FORMAT_OPTIONS[format].order)
  })
})
