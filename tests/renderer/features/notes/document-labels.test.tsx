// The Notes place and retrieved segments name a document by its one label (place · year · short type,
// as the compare views, the annotation list and the exports do), the full title only on hover; two
// reports with one title get two names. Rendered with the labels the app computes (labelDocuments).
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../../src/core/anchoring'
import { memoId } from '../../../../src/core/memos'
import type { StoredDocument } from '../../../../src/renderer/db/database'
import { DocumentSegments } from '../../../../src/renderer/features/notes/DocumentSegments'
import { NoteEntryItem } from '../../../../src/renderer/features/notes/NoteEntryItem'
import { labelDocuments } from '../../../../src/renderer/features/sets/useDocumentLabels'
import { translate } from '../../../../src/renderer/i18n'
import { annotationRow } from '../../../fixtures/annotated-library'

const TITLE = '2019年盐田区政府工作报告'

function doc(id: string): StoredDocument {
  return {
    id,
    fileName: `${id}.txt`,
    metadata: { title: TITLE, place: '盐田区', year: 2019, level: 'district', docType: 'government-work-report' },
  } as StoredDocument
}

function annotation(id: string, documentId: string): Annotation {
  return annotationRow(id, documentId, {
    textHash: 'h',
    quote: { type: 'TextQuoteSelector', exact: '稳就业', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 3 },
    themes: ['economy'],
    note: '对照',
  })
}

const docs = [doc('d1'), doc('d2')]
const documents = new Map(docs.map((d) => [d.id, d]))
const labels = labelDocuments(docs, (key, params) => translate('zh', key, params))
const labelOf = (id: string) => labels.get(id) ?? { label: id, title: id }
const noop = (): void => undefined

/** The markup's text without its attributes: what the reader sees before hovering. */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '')
}

describe('document names in Notes and Coded segments', () => {
  it('the two same-title reports have two labels with place, year and type', () => {
    expect([labelOf('d1').label, labelOf('d2').label]).toEqual(['盐田区 · 2019 · 报告 #1', '盐田区 · 2019 · 报告 #2'])
  })

  it.each(['d1', 'd2'])('a passage note on %s is headed by its label, the title on hover', (id) => {
    const html = renderToStaticMarkup(
      <NoteEntryItem
        entry={{ kind: 'passage', annotation: annotation(`a-${id}`, id) }}
        documents={documents}
        labelOf={labelOf}
        themeLabel={(t) => t}
        sectionOf={() => '（一）稳就业'}
        onEdit={noop}
        onShow={noop}
      />,
    )
    expect(visibleText(html)).toContain(labelOf(id).label)
    expect(visibleText(html)).not.toContain(TITLE)
    expect(html).toContain(`title="${TITLE}`)
  })

  it('a document memo is headed by its document label', () => {
    const memo = { id: memoId('document', 'd2'), kind: 'document' as const, target: 'd2', text: '备忘', created: 'c', updated: 'u' }
    const html = renderToStaticMarkup(
      <NoteEntryItem
        entry={{ kind: 'document', memo }}
        documents={documents}
        labelOf={labelOf}
        themeLabel={(t) => t}
        sectionOf={() => ''}
        onEdit={noop}
        onShow={noop}
      />,
    )
    expect(visibleText(html)).toContain('盐田区 · 2019 · 报告 #2')
    expect(visibleText(html)).not.toContain(TITLE)
  })

  it('a document of retrieved segments is headed by its label with the count, the title on hover', () => {
    const html = renderToStaticMarkup(
      <DocumentSegments
        name={labelOf('d1')}
        doc={documents.get('d1')}
        segments={[annotation('a1', 'd1'), annotation('a2', 'd1')]}
        sectionOf={() => ''}
        onShow={noop}
      />,
    )
    expect(html).toContain('aria-label="盐田区 · 2019 · 报告 #1"')
    expect(visibleText(html)).toContain('盐田区 · 2019 · 报告 #1 (2)')
    expect(visibleText(html)).not.toContain(TITLE)
    expect(html).toContain(`title="${TITLE}`)
  })
})
