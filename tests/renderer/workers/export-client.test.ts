// The export's outlines come from the analysis worker (which alone parses structure), once per text
// version: a preview per keystroke asks it nothing more, and an edited text is asked for again.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hashText } from '../../../src/core/anchoring'
import { defaultExportOptions } from '../../../src/core/export'
import { parseStructure } from '../../../src/core/structure'
import { builtinCodebook } from '../../../src/core/themes'
import { outlinesInWorker } from '../../../src/renderer/workers/analysis-client'
import { withOutlines } from '../../../src/renderer/workers/export-client'
import type { ExportPayload } from '../../../src/renderer/workers/export-input'
import type { StructureInput } from '../../../src/renderer/workers/analysis-structure'
import { DOCS, NOTES, TEXT_A } from '../../fixtures/annotated-library'

vi.mock('../../../src/renderer/workers/analysis-client', () => ({
  outlinesInWorker: vi.fn(async (docs: StructureInput[]) => docs.map((d) => parseStructure(d.text).outline)),
}))
const asked = vi.mocked(outlinesInWorker)

const OPTIONS = defaultExportOptions(new Date('2026-11-23T10:00:00Z'), 'test')
const payload = (documents = DOCS): ExportPayload => ({
  documents: documents.map((d) => ({ id: d.id, fileName: d.fileName, text: d.text, textHash: hashText(d.text), metadata: d.metadata })),
  annotations: NOTES,
  codebook: builtinCodebook(),
  aligned: {},
})

beforeEach(() => {
  asked.mockClear()
})

describe('export outlines', () => {
  it('adds each document the outline its text parses to, asking the analysis worker once per text', async () => {
    const params = { payload: payload(), format: 'md' as const, options: OPTIONS }
    const outlined = await withOutlines(params)
    expect(outlined.payload.documents.map((d) => d.outline)).toEqual(DOCS.map((d) => parseStructure(d.text).outline))
    expect(outlined.payload.documents[0].outline.length).toBeGreaterThan(0)
    await withOutlines(params)
    expect(asked).toHaveBeenCalledTimes(1)
  })

  it('asks again for an edited text only', async () => {
    const edited = [{ ...DOCS[0], text: `${TEXT_A}\n三、新的一节\n新增内容。` }, DOCS[1]]
    const outlined = await withOutlines({ payload: payload(edited), format: 'md', options: OPTIONS })
    expect(asked).toHaveBeenCalledTimes(1)
    expect(asked.mock.calls[0][0].map((d) => d.text)).toEqual([edited[0].text])
    expect(outlined.payload.documents[0].outline).toEqual(parseStructure(edited[0].text).outline)
  })
})
