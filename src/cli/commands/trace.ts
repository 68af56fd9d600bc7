/**
 * `bidu trace [--json] --reference REFERENCE FILES… [--codebook FILE]`: finds each document's wording
 * taken from the reference (core/trace) and prints, with --json, the object of
 * ../shared/eval/README.md (reference and documents with their cleaned texts, echo share, echo spans
 * and the echo share of each theme's passages); without it, a readable table. A reference that cannot
 * be traced against (no text, not Chinese) stops the command (exit 2); a document that cannot be
 * traced (unreadable, not Chinese, the reference itself or a version of it) is reported on stderr,
 * left out, and makes the exit code 1 while the others are still traced.
 */
import { classifyDocument, compileThemeMatcher, type ThemeMatcher } from '../../core/themes'
import {
  checkReferencePair,
  checkTraceText,
  findEchoes,
  indexReference,
  traceDocument,
  type DocumentTrace,
  type EchoSpan,
} from '../../core/trace'
import type { CliCommand, CliIO } from '../runtime/command'
import { loadDocuments } from '../runtime/load-documents'
import { loadCodebook, parseArgs } from '../runtime/options'

const USAGE = 'usage: bidu trace [--json] --reference REFERENCE_FILE [--codebook FILE] FILES...\n'
/** Decimal places of shares in the JSON: enough for any analysis, short enough to read. */
const DECIMALS = 6

interface Traced {
  file: string
  text: string
  trace: DocumentTrace
}

const round = (x: number): number => Number(x.toFixed(DECIMALS))

function themeShares(trace: DocumentTrace, key: 'themes' | 'subthemes'): Record<string, number> {
  return Object.fromEntries(Object.entries(trace[key]).map(([id, t]) => [id, round(t.share)]))
}

function toJson(reference: { file: string; text: string }, traced: Traced[]): string {
  const documents = traced.map(({ file, text, trace }) => {
    const doc: Record<string, unknown> = {
      file,
      text,
      echoShare: round(trace.echoShare),
      spans: trace.spans.map(({ start, end, refStart, refEnd }: EchoSpan) => ({ start, end, refStart, refEnd })),
      themes: themeShares(trace, 'themes'),
    }
    if (Object.keys(trace.subthemes).length > 0) doc.subthemes = themeShares(trace, 'subthemes')
    return doc
  })
  return JSON.stringify({ reference, documents }) + '\n'
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`

function toTable(referenceFile: string, traced: Traced[]): string {
  const lines = [`reference: ${referenceFile}`, '', ['echo', 'spans', 'chars', 'file', 'most echoed themes'].join('\t')]
  for (const { file, text, trace } of traced) {
    const themes = Object.entries(trace.themes)
      .sort(([, a], [, b]) => b.share - a.share)
      .slice(0, 3)
      .map(([id, t]) => `${id} ${percent(t.share)}`)
      .join(', ')
    lines.push([percent(trace.echoShare), trace.spans.length, text.length, file, themes].join('\t'))
  }
  return lines.join('\n') + '\n'
}

async function loadReference(file: string, io: CliIO): Promise<{ file: string; text: string } | undefined> {
  const { loaded } = await loadDocuments([file], io)
  const reference = loaded[0]
  if (!reference) return undefined
  const usable = checkTraceText(`reference ${file}`, reference.doc.text)
  if (!usable.ok) {
    io.stderr.write(`trace: ${usable.error.message}\n`)
    return undefined
  }
  return { file, text: reference.doc.text }
}

function traceOne(
  reference: { file: string; text: string },
  index: ReturnType<typeof indexReference>,
  file: string,
  text: string,
  matcher: ThemeMatcher,
  io: CliIO,
): Traced | undefined {
  const usable = checkTraceText(file, text)
  if (!usable.ok) {
    io.stderr.write(`${file}: ${usable.error.message}\n`)
    return undefined
  }
  const spans = findEchoes(index, text)
  const pair = checkReferencePair({ name: reference.file, text: reference.text }, { name: file, text }, spans)
  if (!pair.ok) {
    io.stderr.write(`${file}: ${pair.error.message}\n`)
    return undefined
  }
  return { file, text, trace: traceDocument(text.length, spans, classifyDocument(text, matcher, { matches: false })) }
}

const command: CliCommand = {
  summary: 'wording of each document taken from a reference document (JSON or table)',
  async run(args, io) {
    const parsed = parseArgs(args, ['--json'], ['--reference', '--codebook'])
    if (!parsed.ok) {
      io.stderr.write(`trace: ${parsed.error.message}\n${USAGE}`)
      return 2
    }
    const { flags, values, files } = parsed.value
    const referenceFile = values.get('--reference')
    if (referenceFile === undefined || files.length === 0) {
      io.stderr.write(USAGE)
      return 2
    }
    const codebook = await loadCodebook('trace', values.get('--codebook'), io)
    if (!codebook) return 2
    const reference = await loadReference(referenceFile, io)
    if (!reference) return 2
    const matcher = compileThemeMatcher(codebook)
    const index = indexReference(reference.text)
    const { loaded, failed } = await loadDocuments(files, io)
    const traced: Traced[] = []
    for (const { file, doc } of loaded) {
      const one = traceOne(reference, index, file, doc.text, matcher, io)
      if (one) traced.push(one)
    }
    io.stdout.write(flags.has('--json') ? toJson(reference, traced) : toTable(referenceFile, traced))
    return failed.length > 0 || traced.length < loaded.length ? 1 : 0
  },
}

export default command
