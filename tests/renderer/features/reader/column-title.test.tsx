// A reader column is headed by the document's one label (place · year · short type), the full title
// on hover, as in every compare view; the missing-document text when the document is gone.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ColumnTitle } from '../../../../src/renderer/features/reader/ColumnTitle'

describe('ColumnTitle', () => {
  it('shows the label and keeps the full title for hover', () => {
    const html = renderToStaticMarkup(
      <ColumnTitle name={{ label: '盐田区 · 2023 · 报告', title: '盐田区2023年政府工作报告\nyantian-2023.txt' }} missing="missing" />,
    )
    expect(html).toBe('<h2 class="column-title" title="盐田区2023年政府工作报告\nyantian-2023.txt">盐田区 · 2023 · 报告</h2>')
  })

  it('says the document is missing when it is gone', () => {
    expect(renderToStaticMarkup(<ColumnTitle name={undefined} missing="文档不存在" />)).toContain('>文档不存在</h2>')
  })
})
