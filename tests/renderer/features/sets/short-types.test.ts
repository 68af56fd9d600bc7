// The CLI labels documents with core's Chinese short type names, the app with its interface's: in
// Chinese both must call a report the same, so a CLI export's headings match what the app shows.
import { describe, expect, it } from 'vitest'
import { documentLabels, SHORT_TYPE_NAMES_ZH } from '../../../../src/core/compare'
import { labelDocuments } from '../../../../src/renderer/features/sets/useDocumentLabels'
import { translate } from '../../../../src/renderer/i18n'

describe('short document types', () => {
  const types = [...Object.keys(SHORT_TYPE_NAMES_ZH), 'other', 'unknown-type']
  const docs = types.map((docType, i) => ({
    id: `d${i}`,
    fileName: `${docType}.txt`,
    metadata: { title: '标题', place: '盐田区', year: 2020 + i, docType },
  }))

  it('the app in Chinese labels every document as the CLI does', () => {
    const app = labelDocuments(docs, (key, params) => translate('zh', key, params))
    const cli = documentLabels(docs, { typeLabel: (type) => SHORT_TYPE_NAMES_ZH[type] ?? '' })
    expect(docs.map((d) => app.get(d.id)?.label)).toEqual(cli)
    expect(cli[0]).toBe('盐田区 · 2020 · 报告')
    expect(cli.at(-1)).toBe(`盐田区 · ${2020 + types.length - 1}`)
  })
})
