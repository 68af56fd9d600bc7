/**
 * Prints the README's table of sub-theme classification on the blind gold set
 * (tests/fixtures/subthemes/gold.json): precision and recall per theme and sub-theme, the engine
 * beside the keyword-count baseline. `npx tsx build/score-subthemes.ts`.
 */
import { builtinCodebook, subthemeKey } from '../src/core/themes'
import { labelGold, micro, precision, recall, scoreLabels, type LabelScore } from '../tests/eval/subtheme-scoring'

const pct = (x: number): string => x.toFixed(2)
const cells = (s: LabelScore): string => `${pct(precision(s))} / ${pct(recall(s))}`

async function main(): Promise<void> {
  const codebook = builtinCodebook()
  const labelled = await labelGold(codebook)
  const rows: string[] = []
  const line = (name: string, ours: LabelScore, base: LabelScore): void => {
    rows.push(`| ${name} | ${ours.gold} | ${cells(ours)} | ${cells(base)} |`)
  }
  const themeIds = codebook.themes.map((t) => t.id)
  const subIds = codebook.themes.flatMap((t) => (t.subthemes ?? []).map((s) => subthemeKey(t.id, s.id)))
  line(
    '**all themes** (micro)',
    micro(scoreLabels(labelled, 'ours', 'themes', themeIds)),
    micro(scoreLabels(labelled, 'baseline', 'themes', themeIds)),
  )
  line(
    '**all sub-themes** (micro)',
    micro(scoreLabels(labelled, 'ours', 'subthemes', subIds)),
    micro(scoreLabels(labelled, 'baseline', 'subthemes', subIds)),
  )
  for (const t of codebook.themes) {
    const [ours] = scoreLabels(labelled, 'ours', 'themes', [t.id])
    const [base] = scoreLabels(labelled, 'baseline', 'themes', [t.id])
    line(`**${t.labelZh}** \`${t.id}\``, ours, base)
    for (const s of t.subthemes ?? []) {
      const key = subthemeKey(t.id, s.id)
      line(
        `${s.labelZh} \`${key}\``,
        scoreLabels(labelled, 'ours', 'subthemes', [key])[0],
        scoreLabels(labelled, 'baseline', 'subthemes', [key])[0],
      )
    }
  }
  process.stdout.write(
    `${labelled.length} passages\n\n| label | gold | ours P / R | baseline P / R |\n|---|---|---|---|\n${rows.join('\n')}\n`,
  )
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
  process.exitCode = 1
})
