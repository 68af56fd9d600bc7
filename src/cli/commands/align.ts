/**
 * `bidu align --json [--top N] [--min-score P] [--per-pair N] [--method ours|baseline] [--codebook FILE] FILES…`:
 * imports the files, cuts and classifies passages, aligns every passage with the most similar
 * passages of each other document, and streams the JSON of ../shared/eval/README.md. `--min-score`
 * drops matches below a calibrated score, `--per-pair` keeps only the best N per pair of documents.
 * Rejected files are reported on stderr and make the exit code 1; the others are still aligned.
 * Documents without Chinese text get a `note` and no matches; codebook terms that would tag most
 * passages are named on stderr and in `warnings`.
 */
import {
  alignDocumentsBaseline,
  broadTerms,
  describeBroadTerm,
  documentsWithoutChinese,
  matchesByPassage,
  selectStreamed,
} from '../../core/align'
import { compileThemeMatcher } from '../../core/themes'
import { classifyDocument } from '../../core/themes/classify-document'
import type { CliCommand } from '../runtime/command'
import { writeJsonObject } from '../runtime/json-stream'
import { loadDocuments } from '../runtime/load-documents'
import { matchJson } from '../runtime/match-json'
import { loadCodebook, parseArgs } from '../runtime/options'

const USAGE =
  'usage: bidu align --json [--top N] [--min-score P] [--per-pair N] [--method ours|baseline] [--codebook FILE] FILES...\n' +
  '  --min-score P  drop matches whose score (0-1, the probability of the same topic) is below P\n' +
  '  --per-pair N   keep at most the N best matches per pair of documents\n'
/** The note a document without Chinese text carries in the result. */
export const NO_CHINESE_NOTE = 'no Chinese text: not aligned'

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 1

const command: CliCommand = {
  summary: 'align similar passages across documents (JSON)',
  async run(args, io) {
    const parsed = parseArgs(args, ['--json'], ['--top', '--method', '--codebook', '--min-score', '--per-pair'])
    if (!parsed.ok) {
      io.stderr.write(`align: ${parsed.error.message}\n${USAGE}`)
      return 2
    }
    const { flags, values, files } = parsed.value
    const top = Number(values.get('--top') ?? 3)
    const method = values.get('--method') ?? 'ours'
    const minScore = values.has('--min-score') ? Number(values.get('--min-score')) : undefined
    const perPair = values.has('--per-pair') ? Number(values.get('--per-pair')) : undefined
    const badMinScore = minScore !== undefined && !(values.get('--min-score')?.trim() !== '' && minScore >= 0 && minScore <= 1)
    const badPerPair = perPair !== undefined && !isCount(perPair)
    if (
      !flags.has('--json') ||
      files.length === 0 ||
      !isCount(top) ||
      !['ours', 'baseline'].includes(method) ||
      badMinScore ||
      badPerPair
    ) {
      io.stderr.write(USAGE)
      return 2
    }
    const codebook = await loadCodebook('align', values.get('--codebook'), io)
    if (!codebook) return 2
    const broad = broadTerms(codebook)
    for (const b of broad) io.stderr.write(`align: warning: ${describeBroadTerm(b)}\n`)
    const matcher = compileThemeMatcher(codebook)
    const { loaded, failed } = await loadDocuments(files, io)
    const docs = loaded.map(({ file, doc }) => ({
      file,
      text: doc.text,
      passages: classifyDocument(doc.text, matcher, { matches: false }),
    }))
    const unaligned = new Set(documentsWithoutChinese(docs))
    for (const i of unaligned) io.stderr.write(`${docs[i].file}: ${NO_CHINESE_NOTE}\n`)
    // Matches are computed one passage at a time while they are written (the baseline's all at once).
    const lists = method === 'baseline' ? [alignDocumentsBaseline(docs, { top })] : matchesByPassage(docs, { top })
    const matches = selectStreamed(lists, { minScore, perPair })
    const documents = docs.map((d, i) => ({
      file: d.file,
      text: d.text,
      passages: d.passages.map((p) => ({ id: p.id, start: p.start, end: p.end, themes: p.themes, subthemes: p.subthemes })),
      ...(unaligned.has(i) ? { note: NO_CHINESE_NOTE } : {}),
    }))
    const warnings = broad.map((b) => ({
      kind: 'broad-term',
      theme: b.themeId,
      term: b.term,
      weight: b.weight,
      share: Math.round(b.share * 1000) / 1000,
      message: describeBroadTerm(b),
    }))
    await writeJsonObject(io, { documents, matches, ...(warnings.length ? { warnings } : {}) }, new Set(['documents', 'matches']), {
      matches: matchJson(),
    })
    return failed.length > 0 ? 1 : 0
  },
}

export default command
