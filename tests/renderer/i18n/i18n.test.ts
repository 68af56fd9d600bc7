// The string tables: same keys, same placeholders, nothing empty; locale resolution and interpolation.
import { describe, expect, it } from 'vitest'
import { en } from '../../../src/renderer/i18n/en'
import { zh } from '../../../src/renderer/i18n/zh'
import { resolveLocale, translate } from '../../../src/renderer/i18n'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('string tables', () => {
  it('have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: same placeholders, not empty', (key) => {
    expect(en[key].trim()).not.toBe('')
    expect(zh[key].trim()).not.toBe('')
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]))
  })
})

describe('resolveLocale', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH', 'zh'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('%j → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale)
  })
})

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'library.count', { shown: 2, total: 5 })).toBe('2 of 5 documents')
    expect(translate('zh', 'library.count', { shown: 2, total: 5 })).toBe('共 5 篇，显示 2 篇')
    expect(translate('en', 'library.count', { shown: 2 })).toBe('2 of {total} documents')
    expect(translate('en', 'common.undo')).toBe('Undo')
  })
})
