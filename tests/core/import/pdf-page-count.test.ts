import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { declaredPageCount } from '../../../src/core/import/pdf-page-count'
import { makePdf } from '../../fixtures/import/make-pdf'

describe('declaredPageCount', () => {
  it('reads the page tree root of a PDF', () => {
    expect(declaredPageCount(makePdf([[{ text: '一', x: 72, y: 700 }], [{ text: '二', x: 72, y: 700 }]]))).toBe(2)
  })

  it('takes the largest count of nested page-tree nodes, wherever /Count stands in the node', () => {
    const pdf =
      '%PDF-1.7\n2 0 obj\n<< /Count 2500 /Kids [3 0 R 4 0 R] /Type /Pages >>\nendobj\n3 0 obj\n<< /Type/Pages /Parent 2 0 R /Count 1250 >>\nendobj\n'
    expect(declaredPageCount(strToU8(pdf))).toBe(2500)
  })

  it('ignores the /Count of outlines and single pages', () => {
    const pdf =
      '%PDF-1.7\n5 0 obj\n<< /Type /Outlines /Count 9000 >>\nendobj\n6 0 obj\n<< /Type /Page /Count 7000 >>\nendobj\n7 0 obj\n<< /Type /Pages /Count 12 >>\nendobj\n'
    expect(declaredPageCount(strToU8(pdf))).toBe(12)
  })

  it.each([[''], ['%PDF-1.7 garbage /Type /Pages /Count'], ['obj obj endobj endobj']])('finds nothing in %j', (pdf) => {
    expect(declaredPageCount(strToU8(pdf))).toBeUndefined()
  })
})
