/**
 * Settings: one row per key in the `settings` table, typed through {@link SettingValues}.
 * Also the first-run decision for the sample reports, which must be atomic with respect to the
 * documents table (two tabs, or React's double effects, must not seed twice).
 */
import { getDatabase, type BiduDatabase } from './database'

/** One open reader column. */
export interface ReaderColumnState {
  docId: string
  /** Scroll offset of the column's text, in CSS pixels. */
  scrollTop: number
  /** Whether the column's outline pane is shown. */
  outlineOpen: boolean
  /** Width the user gave the outline pane (CSS pixels); absent → a default for the number of columns. */
  outlineWidth?: number
}

/** Outline widths a stored layout may hold (CSS pixels); others are dropped as damage. */
export const OUTLINE_WIDTH_RANGE = { min: 80, max: 600 }

/** A stored pane width read back: rounded to whole pixels, or undefined when not a number within `range` (damage). */
export function normaliseWidth(value: unknown, range: { min: number; max: number }): number | undefined {
  return typeof value === 'number' && value >= range.min && value <= range.max ? Math.round(value) : undefined
}

/**
 * How the reader's columns follow each other: not at all, to the best-aligned passage ("by topic"),
 * or to the section with the same heading number (what "sync by section" did before).
 */
export type SyncMode = 'off' | 'topic' | 'heading'

/** The reader's open columns, left to right, and the scroll-together option. */
export interface ReaderLayout {
  columns: ReaderColumnState[]
  sync: SyncMode
}

/** Every known setting and its value type. */
export interface SettingValues {
  /** UI language code, e.g. 'zh' or 'en'; absent → from the app or browser locale. */
  locale: string
  readerLayout: ReaderLayout
  /** The sample reports were added once; they are never added automatically again. */
  samplesSeeded: boolean
  /** Id of the view shown last (library, reader, …). */
  view: string
  /** The export dialog's last choices; features/export validates the value on read. */
  exportPreferences: unknown
  /** The annotation pane's open/closed state and width; features/annotations validates the value on read. */
  annotationPane: unknown
  /** Id of the comparison set the compare views work on; absent → none chosen yet (see comparison-sets.ts). */
  comparisonSet: string
  /** The coder's name written into REFI-QDA and Word exports (asked once, defaults to the OS user name). */
  coderName: string
  /** Reference documents chosen by hand for tracing; db/trace-references.ts validates the value on read. */
  traceReferences: unknown
  /** Day (YYYY-MM-DD, UTC) of the last automatic daily backup (Electron). */
  lastAutoBackup: string
}

export type SettingKey = keyof SettingValues

/** Most columns the reader shows side by side. */
export const MAX_READER_COLUMNS = 4

export const EMPTY_LAYOUT: ReaderLayout = { columns: [], sync: 'off' }

/** Reads a setting; undefined when never set. */
export async function getSetting<K extends SettingKey>(key: K, db: BiduDatabase = getDatabase()): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key)
  return row?.value as SettingValues[K] | undefined
}

/** Writes a setting. */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValues[K], db: BiduDatabase = getDatabase()): Promise<void> {
  await db.settings.put({ key, value })
}

/**
 * Stores the reader layout, keeping at most {@link MAX_READER_COLUMNS} columns and dropping
 * negative or non-finite scroll offsets (a layout must always be restorable).
 */
export async function saveLayout(layout: ReaderLayout, db: BiduDatabase = getDatabase()): Promise<void> {
  await setSetting('readerLayout', normaliseLayout(layout), db)
}

/** Makes any stored value a valid layout (unknown shapes become the empty layout). */
export function normaliseLayout(value: unknown): ReaderLayout {
  if (typeof value !== 'object' || value === null) return EMPTY_LAYOUT
  const raw = value as { columns?: unknown; sync?: unknown; syncBySection?: unknown }
  const columns = Array.isArray(raw.columns) ? raw.columns : []
  return {
    // Layouts saved before sync modes stored `syncBySection`, which is the heading-number mode.
    sync:
      raw.sync === 'topic' || raw.sync === 'heading' ? raw.sync : raw.syncBySection === true && raw.sync === undefined ? 'heading' : 'off',
    columns: columns
      .filter((c): c is ReaderColumnState => typeof c === 'object' && c !== null && typeof c.docId === 'string')
      .slice(0, MAX_READER_COLUMNS)
      .map((c) => {
        const column: ReaderColumnState = {
          docId: c.docId,
          scrollTop: Number.isFinite(c.scrollTop) && c.scrollTop > 0 ? c.scrollTop : 0,
          outlineOpen: c.outlineOpen !== false,
        }
        const width = normaliseWidth(c.outlineWidth, OUTLINE_WIDTH_RANGE)
        if (width !== undefined) column.outlineWidth = width
        return column
      }),
  }
}

/**
 * Decides whether the sample reports are seeded now (pure): only on a first run — nothing in the
 * library and samples never seeded before. Deleting the samples later does not bring them back.
 */
export function shouldSeedSamples(documentCount: number, samplesSeeded: boolean | undefined): boolean {
  return documentCount === 0 && samplesSeeded !== true
}

/**
 * Atomically claims the first-run seeding: returns true exactly once per library (and marks it),
 * false when the library already has documents or was seeded before (marking it too, so an
 * existing library is never seeded later).
 */
export async function claimFirstRunSeeding(db: BiduDatabase = getDatabase()): Promise<boolean> {
  return db.transaction('rw', db.documents, db.settings, async () => {
    const seeded = (await db.settings.get('samplesSeeded'))?.value === true
    if (seeded) return false
    const count = await db.documents.count()
    await db.settings.put({ key: 'samplesSeeded', value: true })
    return shouldSeedSamples(count, seeded)
  })
}
