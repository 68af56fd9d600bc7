// Fuzzing the untrusted readers: random, truncated and mutated txt/html/docx/pdf/backup/JSON-LD
// inputs built from the sample reports (seeds/), with a seeded generator so a failure replays.
// Shared by the unit suite (tests/fuzz/import.fuzz.test.ts, a fixed seed and a few hundred cases)
// and the longer run in bench/fuzz-import.bench.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { parseBackup, toBackup, type BackupDocument } from '../../src/core/backup'
import { importDocument, MAX_TEXT_CHARS, type ImportedDocument } from '../../src/core/import'
import { parseAnnotationCollection, toAnnotationCollection, toWebAnnotation } from '../../src/core/w3c'
import { hashText } from '../../src/core/anchoring/hash-text'
import type { Annotation } from '../../src/core/anchoring/types'
import { extractPdfItems } from '../../src/cli/runtime/pdf-node'
import { documentXml } from '../fixtures/import/make-zip'
import { layoutParagraphs, makePdf } from '../fixtures/import/make-pdf'
import { createRandom } from '../fixtures/random'
import { concatBytes } from '../fixtures/import/concat-bytes'

export type FuzzKind = 'txt' | 'html' | 'docx' | 'pdf' | 'backup' | 'jsonld'

/** One generated input: what it is, how it was made, and its bytes. */
export interface FuzzCase {
  kind: FuzzKind
  /** The mutation applied (for the failure message). */
  mutation: string
  name: string
  bytes: Uint8Array
}

/** How one case went. */
export interface FuzzOutcome {
  ok: boolean
  /** The refusal's message (undefined on success). */
  message?: string
  /** What went wrong with the reader itself: a throw, a raw error in a message, control characters or too long a text. */
  problem?: string
  ms: number
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds')

/** The sample reports' texts. */
function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Well-formed inputs of every kind, built from the seeds, that the mutations start from. */
export interface FuzzBases {
  texts: string[]
  /** JSON texts of a backup and of a W3C annotation collection over the seeds. */
  backup: string
  jsonld: string
  pdf: Uint8Array
}

/** Builds the well-formed inputs (a second or so: it imports the seeds). */
export async function fuzzBases(): Promise<FuzzBases> {
  const texts = seedTexts()
  const docs: ImportedDocument[] = []
  for (const [i, text] of texts.entries()) {
    const r = await importDocument(`seed-${i}.txt`, strToU8(text))
    if (r.ok) docs.push(r.value)
  }
  const annotations: Annotation[] = docs.map((doc, i) => {
    const start = Math.floor(doc.text.length / 3)
    const exact = doc.text.slice(start, start + 12)
    return {
      id: `a${i}`,
      documentId: `d${i}`,
      textHash: hashText(doc.text),
      quote: { type: 'TextQuoteSelector', exact, prefix: doc.text.slice(start - 8, start), suffix: doc.text.slice(start + 12, start + 20) },
      position: { type: 'TextPositionSelector', start, end: start + 12 },
      color: 'yellow',
      themes: ['ecology'],
      tags: ['t'],
      note: '**note**',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      anchorStatus: 'exact',
    }
  })
  const rows: BackupDocument[] = docs.map((doc, i) => ({
    ...doc,
    metadata: { ...doc.metadata } as BackupDocument['metadata'],
    id: `d${i}`,
    textHash: hashText(doc.text),
    importedAt: 1,
    updatedAt: 1,
  }))
  const backup = toBackup(
    { documents: rows, annotations, codebook: null, settings: [{ key: 'k', value: [1, 'x'] }] },
    { appVersion: 'fuzz', now: new Date(0) },
  )
  const jsonld = JSON.stringify(toAnnotationCollection(annotations.map((a) => toWebAnnotation(a, { source: `${a.documentId}.txt` }))))
  const pdf = makePdf(layoutParagraphs(texts[0]!.split('\n').filter(Boolean).slice(0, 12)))
  // Loads pdf.js once (seconds on a busy machine), as the app's worker does, so no case pays for it.
  await importDocument('warm-up.pdf', pdf, { pdf: extractPdfItems })
  return { texts, backup, jsonld, pdf }
}

/** Snippets that broke or could break a reader: unclosed markup, entities, NULs, zip and PDF magic. */
const HOSTILE = [
  '<!',
  '<div>',
  '</p>',
  '<script>',
  '<a b="',
  '&constructor;',
  '&#0;',
  '\u0000',
  '<w:p>',
  '</w:t>',
  '<?',
  '<![CDATA[',
  'PK\u0003\u0004',
  '%PDF-',
  '{"',
  '[',
  '\\u0000',
  '"documents":',
  '\ufffd',
  '\u202e',
]

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const int = (random: () => number, max: number) => Math.floor(random() * max)

/** A byte-level mutation of `bytes`, named. */
function mutateBytes(random: () => number, bytes: Uint8Array): [string, Uint8Array] {
  const at = int(random, bytes.length + 1)
  switch (int(random, 6)) {
    case 0:
      return ['truncate', bytes.slice(0, at)]
    case 1: {
      const out = bytes.slice()
      const flips = 1 + int(random, 32)
      for (let i = 0; i < flips && out.length; i++) out[int(random, out.length)] = int(random, 256)
      return [`flip ${flips}`, out]
    }
    case 2: {
      const snippet = pick(random, HOSTILE)
      const times = 1 + int(random, 5000)
      return [
        `insert ${JSON.stringify(snippet)}×${times}`,
        concatBytes([bytes.subarray(0, at), strToU8(snippet.repeat(times)), bytes.subarray(at)]),
      ]
    }
    case 3: {
      const from = int(random, bytes.length)
      const slice = bytes.subarray(from, from + int(random, 4096))
      return ['duplicate a slice', concatBytes([bytes.subarray(0, at), slice, slice, bytes.subarray(at)])]
    }
    case 4:
      return ['delete a slice', concatBytes([bytes.subarray(0, at), bytes.subarray(at + int(random, 4096))])]
    default: {
      const out = new Uint8Array(int(random, 65536))
      for (let i = 0; i < out.length; i++) out[i] = int(random, 256)
      return ['random bytes', out]
    }
  }
}

/** Replaces one random value of a JSON document with a value of another type. */
function mutateJsonValue(random: () => number, json: string): [string, string] {
  const root: unknown = JSON.parse(json)
  const slots: [Record<string, unknown> | unknown[], string | number][] = []
  const stack: unknown[] = [root]
  while (stack.length) {
    const value = stack.pop()
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        slots.push([value as Record<string, unknown>, Array.isArray(value) ? Number(k) : k])
        stack.push(v)
      }
    }
  }
  const replacements: unknown[] = [null, 42, -1, 1e308, '', 'oops', [], {}, true, 'x'.repeat(100_000), { __proto__: 1 }, [[[[]]]]]
  const [holder, key] = pick(random, slots)
  const replacement = pick(random, replacements)
  ;(holder as Record<string | number, unknown>)[key] = replacement
  return [`set ${String(key)} to ${JSON.stringify(replacement)?.slice(0, 20)}`, JSON.stringify(root)]
}

/** A page around a seed's paragraphs. */
function htmlOf(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title><script>var a = "<p>";</script></head><body><div class="nav"><a href="/">首页</a></div><div class="content">${paragraphs}</div><footer>版权所有</footer></body></html>`
}

function docxXmlOf(text: string): string {
  return documentXml(
    text
      .split('\n')
      .filter(Boolean)
      .map((p) => `<w:p><w:r><w:t>${escapeHtml(p)}</w:t></w:r></w:p>`)
      .join(''),
  )
}

/**
 * Generates `count` cases from `bases`, deterministic for a `seed`.
 * @param kinds the kinds to draw from (all by default)
 */
export function* fuzzCases(
  bases: FuzzBases,
  seed: number,
  count: number,
  kinds: readonly FuzzKind[] = ['txt', 'html', 'docx', 'pdf', 'backup', 'jsonld'],
): Generator<FuzzCase> {
  const random = createRandom(seed)
  for (let i = 0; i < count; i++) {
    const kind = pick(random, kinds)
    const text = pick(random, bases.texts)
    let base: Uint8Array
    let structural: string | undefined
    if (kind === 'txt') base = random() < 0.3 ? new Uint8Array(iconv.encode(text, 'gbk')) : strToU8(text)
    else if (kind === 'html') base = strToU8(htmlOf(text))
    else if (kind === 'docx') {
      // Half the cases damage the XML inside a sound zip, half the zip itself.
      const xml = strToU8(docxXmlOf(text))
      if (random() < 0.5) {
        const [m, mutated] = mutateBytes(random, xml)
        structural = `document.xml: ${m}`
        base = zipSync({ 'word/document.xml': mutated })
      } else base = zipSync({ 'word/document.xml': xml })
    } else if (kind === 'pdf') base = bases.pdf
    else {
      const json = kind === 'backup' ? bases.backup : bases.jsonld
      if (random() < 0.5) {
        const [m, mutated] = mutateJsonValue(random, json)
        yield { kind, mutation: m, name: `case-${i}.json`, bytes: strToU8(mutated) }
        continue
      }
      base = strToU8(json)
    }
    if (structural) {
      yield { kind, mutation: structural, name: `case-${i}.${kind}`, bytes: base }
      continue
    }
    const [mutation, bytes] = mutateBytes(random, base)
    yield { kind, mutation, name: kind === 'backup' || kind === 'jsonld' ? `case-${i}.json` : `case-${i}.${kind}`, bytes }
  }
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const RAW_ERROR = /RangeError|Maximum call stack|TypeError|undefined is not|Cannot read propert/

/** Runs one case through the reader of its kind; never throws (a throw is reported as a problem). */
export async function runFuzzCase(c: FuzzCase): Promise<FuzzOutcome> {
  const started = performance.now()
  const done = (ok: boolean, message?: string, problem?: string): FuzzOutcome => ({ ok, message, problem, ms: performance.now() - started })
  try {
    if (c.kind === 'backup' || c.kind === 'jsonld') {
      const text = new TextDecoder().decode(c.bytes)
      if (c.kind === 'backup') {
        const r = parseBackup(text)
        return r.ok ? done(true) : done(false, r.error.message, r.error.message ? undefined : 'empty message')
      }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        return done(false, 'not JSON')
      }
      const r = parseAnnotationCollection(json)
      return r.ok ? done(true) : done(false, r.error.message, r.error.message ? undefined : 'empty message')
    }
    const r = await importDocument(c.name, c.bytes, { pdf: extractPdfItems })
    if (!r.ok)
      return done(
        false,
        r.error.message,
        !r.error.message ? 'empty message' : RAW_ERROR.test(r.error.message) ? 'raw error in message' : undefined,
      )
    if (CONTROL.test(r.value.text) || CONTROL.test(r.value.rawText)) return done(true, undefined, 'control characters in the text')
    if (r.value.rawText.length > MAX_TEXT_CHARS) return done(true, undefined, 'text over the cap')
    return done(true)
  } catch (e) {
    return done(false, undefined, `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
  }
}
