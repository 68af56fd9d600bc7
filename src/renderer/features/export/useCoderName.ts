/**
 * The coder's name for REFI-QDA and Word exports: the stored setting, else the OS user name (from main
 * through the validated appInfo IPC; '' in the web build, which therefore asks). Asked once: the name
 * in the field is stored when the user edits it or saves such an export, and offered from then on.
 */
import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { getSetting, setSetting } from '../../db/settings'
import { getPlatform } from '../../platform'

/** Longest coder name kept (a name, not a text). */
export const MAX_CODER_NAME = 80

export interface CoderName {
  /** The name to write ('' = none known yet: the writers fall back to "Bidu"). */
  name: string
  /** Whether the user has confirmed a name (stored), so the field no longer asks. */
  stored: boolean
  /** Changes the name (stored at once). */
  change(name: string): void
  /** Stores the shown name if none was stored yet (called when such an export is saved). */
  remember(): void
}

/** A stored value made a usable name: trimmed, bounded, '' for anything that is not a string. */
export function normaliseCoderName(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_CODER_NAME) : ''
}

export function useCoderName(): CoderName {
  // null = read and absent; undefined = still reading.
  const stored = useLiveQuery(async () => (await getSetting('coderName')) ?? null, [])
  const [systemName, setSystemName] = useState('')
  useEffect(() => {
    void getPlatform()
      .appInfo()
      .then((info) => setSystemName(normaliseCoderName(info.userName)))
  }, [])
  const name = stored === null || stored === undefined ? systemName : normaliseCoderName(stored)
  return {
    name,
    stored: stored !== null && stored !== undefined,
    change: (next) => void setSetting('coderName', next.slice(0, MAX_CODER_NAME)),
    remember: () => {
      if (stored === null && name !== '') void setSetting('coderName', name)
    },
  }
}
