/**
 * The export dialog's remembered choices (format, grouping, what to include, order, scope kind),
 * stored as one setting and checked on every read: a value from an older version or a damaged
 * database falls back field by field to the defaults instead of breaking the dialog.
 */
import {
  EXPORT_FORMATS,
  INCLUDE_ALL,
  type ExportFormat,
  type ExportGrouping,
  type ExportInclude,
  type ExportOrder,
} from '../../../core/export'
import { getSetting, setSetting } from '../../db/settings'
import type { BiduDatabase } from '../../db/database'
import { SCOPE_KINDS, type ExportScopeKind } from './export-scope'

/** What the dialog remembers between exports. */
export interface ExportPreferences {
  format: ExportFormat
  grouping: ExportGrouping
  include: ExportInclude
  order: ExportOrder
  scopeKind: ExportScopeKind
}

export const GROUPINGS: readonly ExportGrouping[] = ['document-section', 'theme-place', 'tag', 'color']
export const ORDERS: readonly ExportOrder[] = ['document', 'created', 'updated']
export const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[]
export const INCLUDE_KEYS = Object.keys(INCLUDE_ALL) as (keyof ExportInclude)[]

export const DEFAULT_PREFERENCES: ExportPreferences = {
  format: 'md',
  grouping: 'document-section',
  include: { ...INCLUDE_ALL },
  order: 'document',
  scopeKind: 'all',
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/** Makes any stored value valid preferences; unknown or missing fields take the defaults. */
export function normalisePreferences(value: unknown): ExportPreferences {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const include = typeof raw.include === 'object' && raw.include !== null ? (raw.include as Record<string, unknown>) : {}
  return {
    format: oneOf(raw.format, FORMATS, DEFAULT_PREFERENCES.format),
    grouping: oneOf(raw.grouping, GROUPINGS, DEFAULT_PREFERENCES.grouping),
    order: oneOf(raw.order, ORDERS, DEFAULT_PREFERENCES.order),
    scopeKind: oneOf(raw.scopeKind, SCOPE_KINDS, DEFAULT_PREFERENCES.scopeKind),
    include: Object.fromEntries(
      INCLUDE_KEYS.map((key) => [key, typeof include[key] === 'boolean' ? include[key] : DEFAULT_PREFERENCES.include[key]]),
    ) as unknown as ExportInclude,
  }
}

/** The remembered preferences, or the defaults on first use. */
export async function loadPreferences(db?: BiduDatabase): Promise<ExportPreferences> {
  return normalisePreferences(await getSetting('exportPreferences', db))
}

/** Remembers `preferences` for the next export. */
export async function savePreferences(preferences: ExportPreferences, db?: BiduDatabase): Promise<void> {
  await setSetting('exportPreferences', normalisePreferences(preferences), db)
}
