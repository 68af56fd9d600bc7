/**
 * `bidu align --json [--top N] [--method ours|baseline] [--codebook FILE] FILES…`: imports the files,
 * cuts and classifies passages, aligns every passage with the most similar passages of each other
 * document, and prints the JSON of ../shared/eval/README.md. Rejected files are reported on stderr
 * and make the exit code 1; the others are still aligned.
 */
import { alignDocuments, alignDocumentsBaseline } from '../../core/align'
import { compileThemeMatcher } from '../../core/themes'
import { classifyDocument } from '../../core/themes/classify-document'
import type { CliCommand } from '../command'
import { loadDocuments } from '../load-documents'
import { loadCodebook, parseArgs } from '../options'

const USAGE = 'usage: bidu align --json [--top N] [--method ours|baseline] [--codebook FILE] FILES...\n'

const command: CliCommand = {
  summary: 'align similar passages across documents (JSON)',
  async run(args, io) {
    const parsed = parseArgs(args, ['--json'], ['--top', '--method', '--codebook'])
    if (!parsed.ok) {
      io.stderr.write(`align: ${parsed.error.message}\n${USAGE}`)
      return 2
    }
    const { flags, values, files } = parsed.value
    const top = Number(values.get('--top') ?? 3)
    const method = values.get('--method') ?? 'ours'
    if (!flags.has('--json') || files.length === 0 || !Number.isInteger(top) || top < 1 || !['ours', 'baseline'].includes(method)) {
      io.stderr.write(USAGE)
      return 2
    }
    const codebook = await loadCodebook(values.get('--codebook'))
    if (!codebook.ok) {
      io.stderr.write(`align: ${codebook.error.message}\n`)
      return 2
    }
    const matcher = compileThemeMatcher(codebook.value)
    const { loaded, failed } = await loadDocuments(files, io)
    const docs = loaded.map(({ file, doc }) => ({ file, text: doc.text, passages: classifyDocument(doc.text, matcher) }))
    const align = method === 'baseline' ? alignDocumentsBaseline : alignDocuments
    const matches = align(docs, { top })
    const output = {
      documents: docs.map((d) => ({
        file: d.file,
        text: d.text,
        passages: d.passages.map((p) => ({ id: p.id, start: p.start, end: p.end, themes: p.themes, subthemes: p.subthemes })),
      })),
      matches,
    }
    io.stdout.write(JSON.stringify(output) + '\n')
    return failed.length > 0 ? 1 : 0
  },
}

export default command
