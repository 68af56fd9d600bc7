/**
 * UI strings in Chinese and English. Every user-visible string goes through {@link useI18n}'s `t`.
 * The language is a setting (persisted); until the user picks one it follows the app's or the
 * browser's locale. Strings are plain text with `{name}` placeholders — never HTML.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { getSetting, setSetting } from '../db/settings'
import { getPlatform } from '../platform'
import { en, type Messages } from './en'
import { zh } from './zh'

export type Locale = 'zh' | 'en'
export type MessageKey = keyof Messages
export type MessageParams = Record<string, string | number>

export const LOCALES: readonly Locale[] = ['zh', 'en']
const TABLES: Record<Locale, Messages> = { zh, en }

/** Maps a BCP 47 tag (`zh-CN`, `en-US`, …) or a stored setting to a supported locale; English otherwise. */
export function resolveLocale(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** The message `key` in `locale` with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = TABLES[locale][key] ?? en[key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export type Translate = (key: MessageKey, params?: MessageParams) => string

interface I18nValue {
  locale: Locale
  t: Translate
  setLocale(locale: Locale): void
}

const I18nContext = createContext<I18nValue>({
  locale: 'en',
  t: (key, params) => translate('en', key, params),
  setLocale: () => {},
})

/** Provides the current language to the tree below. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const stored = useLiveQuery(() => getSetting('locale').then((value) => value ?? null), [])
  const [hostLocale, setHostLocale] = useState<string>(typeof navigator === 'undefined' ? 'en' : navigator.language)
  useEffect(() => {
    void getPlatform()
      .appInfo()
      .then((info) => setHostLocale(info.locale))
  }, [])
  const locale = resolveLocale(stored ?? hostLocale)
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }, [locale])
  const setLocale = useCallback((next: Locale) => void setSetting('locale', next), [])
  const value = useMemo<I18nValue>(() => ({ locale, t: (key, params) => translate(locale, key, params), setLocale }), [locale, setLocale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** The current language, its `t` function and a setter that persists the choice. */
export function useI18n(): I18nValue {
  return useContext(I18nContext)
}
