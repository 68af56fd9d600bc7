/**
 * Migration of codebooks saved before sub-themes (version 1, flat) to the current version. The
 * meaning is kept: every theme keeps its id, labels, colour and terms, so every passage carries the
 * same themes as before. A theme with a built-in id gains the built-in sub-themes (it had none to
 * lose), any other theme stays flat. It deliberately does not validate (see validate-codebook.ts).
 */
import { builtinSubthemes } from './builtin-subthemes'
import type { Codebook } from './types'

/** The current codebook version. */
export const CODEBOOK_VERSION = 2

/** Returns `codebook` at CODEBOOK_VERSION (the same object when it is current). */
export function migrateCodebook(codebook: Codebook): Codebook {
  if (codebook.version === CODEBOOK_VERSION) return codebook
  return {
    version: CODEBOOK_VERSION,
    themes: codebook.themes.map((t) => ({ ...t, subthemes: t.subthemes ?? builtinSubthemes(t.id) })),
  }
}
