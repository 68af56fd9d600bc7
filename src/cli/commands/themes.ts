/**
 * `bidu themes --csv [--codebook FILE] FILES…`: one CSV row per document with its metadata, each
 * theme's share of the text (characters in passages of that theme / all characters), then each
 * sub-theme's (`share_<theme>.<sub-theme>`, in codebook order), and the
 * environmental-attention word frequency per 10,000 characters (the literature's word list counted
 * on the whole text). RFC 4180 quoting, ready for R or Stata. Rejected files are reported on stderr
 * and make the exit code 1; the others are still printed. Codebook terms that would tag most
 * passages are named on stderr.
 */
import { broadTerms, describeBroadTerm } from '../../core/align'
import { compileThemeMatcher, countWords, ENVIRONMENT_WORDS, subthemeKey, themeShares } from '../../core/themes'
import { classifyDocument } from '../../core/themes/classify-document'
import type { CliCommand } from '../runtime/command'
import { loadDocuments } from '../runtime/load-documents'
import { loadCodebook, parseArgs } from '../runtime/options'

const USAGE = 'usage: bidu themes --csv [--codebook FILE] FILES...\n'
/** Characters per unit of the environmental-attention frequency, as in the literature. */
const ENV_PER_CHARS = 10_000
/** Decimal places of shares and frequencies: enough for regressions, short enough to read. */
const DECIMALS = 6

/** Quotes a CSV field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

function round(x: number): string {
  return String(Number(x.toFixed(DECIMALS)))
}

const command: CliCommand = {
  summary: 'per-document theme shares and environmental attention (CSV)',
  async run(args, io) {
    const parsed = parseArgs(args, ['--csv'], ['--codebook'])
    if (!parsed.ok) {
      io.stderr.write(`themes: ${parsed.error.message}\n${USAGE}`)
      return 2
    }
    const { flags, values, files } = parsed.value
    if (!flags.has('--csv') || files.length === 0) {
      io.stderr.write(USAGE)
      return 2
    }
    const codebook = await loadCodebook('themes', values.get('--codebook'), io)
    if (!codebook) return 2
    for (const b of broadTerms(codebook)) io.stderr.write(`themes: warning: ${describeBroadTerm(b)}\n`)
    const matcher = compileThemeMatcher(codebook)
    const ids = codebook.themes.map((t) => t.id)
    const subIds = codebook.themes.flatMap((t) => (t.subthemes ?? []).map((s) => subthemeKey(t.id, s.id)))
    const { loaded, failed } = await loadDocuments(files, io)
    const header = [
      'file',
      'title',
      'place',
      'year',
      'level',
      'chars',
      ...[...ids, ...subIds].map((id) => `share_${id}`),
      'env_words_per_10k',
    ]
    const lines = [header.map(csvField).join(',')]
    for (const { file, doc } of loaded) {
      const text = doc.text
      const passages = classifyDocument(text, matcher)
      const shares = themeShares(text, passages, ids)
      const subShares = themeShares(text, passages, subIds, 'subthemes')
      const env = text.length ? (countWords(text, ENVIRONMENT_WORDS) / text.length) * ENV_PER_CHARS : 0
      const m = doc.metadata
      const row = [
        file,
        m.title,
        m.place,
        m.year,
        m.level,
        text.length,
        ...ids.map((id) => round(shares[id])),
        ...subIds.map((id) => round(subShares[id])),
        round(env),
      ]
      lines.push(row.map(csvField).join(','))
    }
    io.stdout.write(lines.join('\r\n') + '\r\n')
    return failed.length > 0 ? 1 : 0
  },
}

export default command
