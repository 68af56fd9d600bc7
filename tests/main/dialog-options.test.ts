import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDialogOptions, saveDialogOptions } from '../../src/main/dialog-options'
import { OPEN_FILTERS, SAVE_KINDS } from '../../src/shared/ipc'

describe('openDialogOptions', () => {
  for (const filter of OPEN_FILTERS) {
    it(`${filter}: multi-select files only, its types first, then all files`, () => {
      const options = openDialogOptions(filter, 'en-US', '/docs')
      expect(options.properties).toEqual(['openFile', 'multiSelections'])
      expect(options.defaultPath).toBe('/docs')
      expect(options.filters).toHaveLength(2)
      expect(options.filters?.[1].extensions).toEqual(['*'])
    })
  }

  it('offers every importable format for documents, with names in the UI language', () => {
    expect(openDialogOptions('documents', 'en', '/d').filters?.[0].extensions).toEqual(['txt', 'md', 'html', 'htm', 'docx', 'pdf'])
    expect(openDialogOptions('documents', 'zh-CN', '/d').filters?.[1].name).toBe('所有文件')
    expect(openDialogOptions('documents', 'fr', '/d').filters?.[1].name).toBe('All files')
  })
})

describe('saveDialogOptions', () => {
  for (const kind of SAVE_KINDS) {
    it(`${kind}: one filter, the name in the start folder, overwrite confirmed`, () => {
      const options = saveDialogOptions(kind, 'x', 'en', '/docs')
      expect(options.filters).toHaveLength(1)
      expect(options.defaultPath).toBe(join('/docs', 'x'))
      expect(options.properties).toContain('showOverwriteConfirmation')
    })
  }
})
