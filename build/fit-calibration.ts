/**
 * Fits the alignment score's calibration (src/core/align/calibrate.ts) on labelled gold sets and
 * prints its coefficients and a reliability table. Training pairs: for every gold group member (a
 * source passage) and every other document holding a member of the same group, each of the source's
 * top-3 candidates in that document, labelled 1 when it is the passage holding that member and 0
 * otherwise. Documents without a member of the group are left out (their passages are unlabelled).
 * Run: `npx tsx build/fit-calibration.ts [--check] GOLD.json:FILE,FILE… …` (sets 1–2 to fit;
 * `--check` only prints the reliability table of the current coefficients, e.g. on set 3).
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { findCandidates } from '../src/core/align/align-passages'
import { CALIBRATION, matchProbability } from '../src/core/align/calibrate'
import { slotOf } from '../src/core/align/candidate-table'
import { importDocument } from '../src/core/import'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../src/core/themes'

interface Gold {
  groups: { topic: string; members: { doc: string; quote: string }[] }[]
}
interface Sample {
  x: [number, number, number]
  y: number
  p: number
}

const check = process.argv.includes('--check')
const sets = process.argv.slice(2).filter((a) => a !== '--check')
const matcher = compileThemeMatcher(builtinCodebook())
const PUNCT = /[\s\p{P}\p{S}]/u

/** Folded text (as the scorer folds it) with a map back to offsets. */
function fold(text: string): { s: string; pos: number[] } {
  const chars: string[] = []
  const pos: number[] = []
  let i = 0
  for (const ch of text) {
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (PUNCT.test(c)) continue
      chars.push(c)
      pos.push(i)
    }
    i += ch.length
  }
  return { s: chars.join(''), pos }
}

const samples: Sample[] = []
async function collect(set: string): Promise<void> {
  const [goldPath, list] = set.split(':')
  const files = list.split(',')
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold
  const docs = await Promise.all(
    files.map(async (file) => {
      const imported = await importDocument(basename(file), new Uint8Array(readFileSync(file)))
      if (!imported.ok) throw new Error(`${file}: ${imported.error.message}`)
      const text = imported.value.text
      return { file, text, folded: fold(text), passages: classifyDocument(text, matcher, { matches: false }) }
    }),
  )
  const { refs, table } = findCandidates(docs, { top: 3 })
  const entryOf = new Map(refs.map((r, e) => [`${r.doc}|${r.index}`, e]))
  /** The entry of the passage holding most of `quote` in document `doc` (as the scorer locates it). */
  const locate = (docName: string, quote: string): { doc: number; entry: number } | undefined => {
    const doc = docs.findIndex((d) => basename(d.file) === docName)
    if (doc < 0) return undefined
    const q = fold(quote).s
    const at = docs[doc].folded.s.indexOf(q)
    if (at < 0) return undefined
    const start = docs[doc].folded.pos[at]
    const end = docs[doc].folded.pos[at + q.length - 1] + 1
    let best = -1
    let overlap = 0
    docs[doc].passages.forEach((p, i) => {
      const o = Math.min(end, p.end) - Math.max(start, p.start)
      if (o <= overlap) return
      overlap = o
      best = i
    })
    const entry = entryOf.get(`${doc}|${best}`)
    return entry === undefined ? undefined : { doc, entry }
  }
  for (const g of gold.groups) {
    const members = g.members.map((m) => locate(m.doc, m.quote)).filter((m) => m !== undefined)
    for (const s of members) {
      for (const t of members) {
        if (t.doc === s.doc) continue
        const slot = slotOf(table, s.entry, t.doc)
        if (slot < 0) continue
        for (let c = table.slotStart[slot], end = c + table.slotLength[slot]; c < end; c++) {
          samples.push({
            x: [table.direct[c], table.support[c], table.mutual[c]],
            y: table.entry[c] === t.entry ? 1 : 0,
            p: table.score[c],
          })
        }
      }
    }
  }
}

function fit(): void {
  let w: number[] = [CALIBRATION.bias, CALIBRATION.direct, CALIBRATION.support, CALIBRATION.mutual]
  const logit = (x: Sample['x'], v: number[]): number => v[0] + v[1] * x[0] + v[2] * x[1] + v[3] * x[2]
  if (!check) {
    // Newton–Raphson (iteratively reweighted least squares) on 4 coefficients, small ridge for stability.
    w = [0, 0, 0, 0]
    for (let it = 0; it < 50; it++) {
      const g = [0, 0, 0, 0]
      const h = Array.from({ length: 4 }, () => [0, 0, 0, 0])
      for (const s of samples) {
        const f = [1, ...s.x]
        const p = 1 / (1 + Math.exp(-logit(s.x, w)))
        for (let i = 0; i < 4; i++) {
          g[i] += (p - s.y) * f[i]
          for (let j = 0; j < 4; j++) h[i][j] += p * (1 - p) * f[i] * f[j]
        }
      }
      for (let i = 0; i < 4; i++) {
        g[i] += 1e-3 * w[i]
        h[i][i] += 1e-3
      }
      // Solve h·d = g by Gaussian elimination.
      const a = h.map((row, i) => [...row, g[i]])
      for (let c = 0; c < 4; c++) {
        const piv = a.slice(c).reduce((best, row, k) => (Math.abs(row[c]) > Math.abs(a[best][c]) ? c + k : best), c)
        ;[a[c], a[piv]] = [a[piv], a[c]]
        for (let r = 0; r < 4; r++) if (r !== c) for (let k = 4; k >= c; k--) a[r][k] -= (a[r][c] / a[c][c]) * a[c][k]
      }
      w = w.map((x, i) => x - a[i][4] / a[i][i])
    }
    for (const s of samples) s.p = 1 / (1 + Math.exp(-logit(s.x, w)))
  } else for (const s of samples) s.p = matchProbability(s.x[0], s.x[1], s.x[2] === 1)

  const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d
  console.log(`pairs: ${samples.length} (${samples.filter((s) => s.y).length} same topic)`)
  console.log(`coefficients: bias ${round(w[0])}, direct ${round(w[1])}, support ${round(w[2])}, mutual ${round(w[3])}`)
  console.log('| predicted | pairs | mean predicted | observed same topic |')
  console.log('|---|---|---|---|')
  for (let b = 0; b < 10; b++) {
    const bin = samples.filter((s) => s.p >= b / 10 && (s.p < (b + 1) / 10 || (b === 9 && s.p <= 1)))
    if (bin.length === 0) continue
    const mean = bin.reduce((t, s) => t + s.p, 0) / bin.length
    const obs = bin.reduce((t, s) => t + s.y, 0) / bin.length
    console.log(`| ${b / 10}–${(b + 1) / 10} | ${bin.length} | ${round(mean, 2)} | ${round(obs, 2)} |`)
  }
  const brier = samples.reduce((t, s) => t + (s.p - s.y) ** 2, 0) / samples.length
  console.log(`Brier score: ${round(brier, 4)}`)
}

void (async () => {
  for (const set of sets) await collect(set)
  fit()
})()
