/**
 * `bidu export --format md|csv|jsonld|qdpx|docx --annotations NOTES.json [--group G] [--order O]
 * [--codebook FILE] [--title T] [--coder NAME] [--out FILE] DOCUMENT_FILES…`: writes the annotations of a W3C
 * collection in the app's export formats (../shared/eval/README.md). Each annotation's
 * `target.source` is matched to a document file by base name, and the annotations are anchored on that
 * file's text as the CLI reads it (after import and cleaning, like `align`), each file's together so
 * neighbours guide the search for reworded quotes, exactly as the app does when it imports
 * annotations: the offsets a file carries may count another version of the text (the raw file,
 * another tool's cleaning), and citations, sections and REFI-QDA selections must point at the quote. Quotes not found are exported as orphans (counted on stderr).
 * Documents are headed by their one label (place · year · short type), as in the app. Text formats go to stdout; qdpx and
 * docx are binary and go to stdout too unless `--out` names a file. `--coder` names the REFI-QDA user
 * (and the Word document's author). Rejected files and unknown sources are
 * reported on stderr and make the exit code 1; the rest is still exported. An unreadable notes file
 * or bad arguments exit 2 with nothing on stdout. The export time is SOURCE_DATE_EPOCH when set.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  defaultExportOptions,
  EXPORT_FORMATS,
  fromJsonLd,
  renderExport,
  type ExportDocument,
  type ExportFormat,
  type ExportGrouping,
  type ExportOrder,
} from '../../core/export'
import { hashText, reanchorByDocument, applyAnchor, type Annotation } from '../../core/anchoring'
import type { CliCommand } from '../runtime/command'
import { loadDocuments } from '../runtime/load-documents'
import { loadCodebook, parseArgs } from '../runtime/options'
import { parseStructure } from '../../core/structure'
import { messageOf } from '../../core/result'
import { documentLabels, SHORT_TYPE_NAMES_ZH } from '../../core/compare'

const GROUPINGS: ExportGrouping[] = ['document-section', 'theme-place', 'tag', 'color']
const ORDERS: ExportOrder[] = ['document', 'created', 'updated']
/** Version written into exports; the CLI has no app build number of its own. */
const APP_VERSION = 'Bidu CLI'

const USAGE = `usage: bidu export --format ${Object.keys(EXPORT_FORMATS).join('|')} --annotations NOTES.json [--group ${GROUPINGS.join('|')}] [--order ${ORDERS.join('|')}] [--codebook FILE] [--title TEXT] [--coder NAME] [--out FILE] DOCUMENT_FILES...\n`

/** The last path segment of a W3C source (a file name, path or URL). */
function sourceBaseName(source: string): string {
  const path = source.replace(/[?#].*$/, '')
  const last = path.split(/[/\\]/).pop() ?? path
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}

const VALUE_OPTIONS = ['--format', '--annotations', '--group', '--order', '--codebook', '--title', '--coder', '--out']

/** The export time: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, else now. */
function exportTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
}

/**
 * The annotations anchored on their documents' texts, each document's together (see
 * reanchorByDocument): position and quote where each quote now stands, or an orphan as it was.
 */
function placeAll(annotations: readonly Annotation[], texts: ReadonlyMap<string, string>): Annotation[] {
  const results = reanchorByDocument(annotations, (id) => texts.get(id) ?? '')
  const hashes = new Map([...texts].map(([id, text]) => [id, hashText(text)]))
  return annotations.map((annotation, i) => {
    const anchored = results[i]
    if (!anchored) return { ...annotation, anchorStatus: 'orphan' }
    return applyAnchor(annotation, anchored, hashes.get(annotation.documentId) ?? hashText(''))
  })
}

const command: CliCommand = {
  summary: 'export annotations as Markdown, CSV, W3C JSON-LD, REFI-QDA or Word',
  async run(args, io) {
    const parsed = parseArgs(args, [], VALUE_OPTIONS)
    if (!parsed.ok) {
      io.stderr.write(`export: ${parsed.error.message}\n${USAGE}`)
      return 2
    }
    const { values, files } = parsed.value
    const format = values.get('--format') ?? 'md'
    const grouping = (values.get('--group') ?? 'document-section') as ExportGrouping
    const order = (values.get('--order') ?? 'document') as ExportOrder
    const notesPath = values.get('--annotations')
    if (
      !Object.hasOwn(EXPORT_FORMATS, format) ||
      !GROUPINGS.includes(grouping) ||
      !ORDERS.includes(order) ||
      !notesPath ||
      files.length === 0
    ) {
      io.stderr.write(USAGE)
      return 2
    }
    const codebook = await loadCodebook('export', values.get('--codebook'), io)
    if (!codebook) return 2
    let notesText: string
    try {
      notesText = await readFile(notesPath, 'utf8')
    } catch (e) {
      io.stderr.write(`export: cannot read ${notesPath}: ${messageOf(e)}\n`)
      return 2
    }
    const { loaded, failed } = await loadDocuments(files, io)
    const documents: ExportDocument[] = loaded.map(({ file, doc }) => ({
      id: file,
      fileName: basename(file),
      text: doc.text,
      metadata: doc.metadata,
      outline: parseStructure(doc.text).outline,
    }))
    // Headings name each document by its one label (place · year · short type, unique among the files
    // given, numbered in argument order), as the app does: two reports with one title get two headings.
    const labels = documentLabels(documents, { typeLabel: (type) => SHORT_TYPE_NAMES_ZH[type] ?? '' })
    documents.forEach((d, i) => (d.label = labels[i]))
    const byName = new Map<string, string>()
    for (const d of documents) if (!byName.has(d.fileName)) byName.set(d.fileName, d.id)

    const read = fromJsonLd(notesText, { codebook, resolveSource: (s) => byName.get(sourceBaseName(s)) })
    if (!read.ok) {
      io.stderr.write(`export: ${notesPath}: ${read.error.message}\n`)
      return 2
    }
    for (const s of read.value.unknownSources)
      io.stderr.write(`export: no document file given for source "${s}"; its annotations are left out\n`)

    const texts = new Map(documents.map((d) => [d.id, d.text]))
    const annotations = placeAll(read.value.annotations, texts)
    const orphans = annotations.filter((a) => a.anchorStatus === 'orphan').length
    if (orphans > 0) io.stderr.write(`export: ${orphans} annotation(s) whose quote is not in its document's text are exported as orphans\n`)

    const options = {
      ...defaultExportOptions(exportTime(), APP_VERSION),
      grouping,
      order,
      ...(values.has('--title') ? { title: values.get('--title') } : {}),
      coderName: values.get('--coder'),
    }
    const input = { documents, annotations, codebook }
    const output = await renderExport(format as ExportFormat, input, options)
    const outPath = values.get('--out')
    if (outPath) {
      try {
        await writeFile(outPath, output)
      } catch (e) {
        io.stderr.write(`export: cannot write ${outPath}: ${messageOf(e)}\n`)
        return 2
      }
    } else {
      // CliIO types stdout for text; process.stdout (and test sinks) also take bytes for qdpx and docx.
      ;(io.stdout as { write(chunk: string | Uint8Array): unknown }).write(output)
    }
    return failed.length + read.value.unknownSources.length > 0 ? 1 : 0
  },
}

export default command
