// Finds what a figure measures: the phrase just before it in the same clause, with the verb that links
// them stripped (新建公园5个 → 新建公园; 地区生产总值增长6.5% → 地区生产总值, increase). When the figure
// opens its clause (4.5万平方米的公园), or is a count whose classifier is followed by its noun — the
// Chinese "number + classifier + noun" order (新增1800个学位, 提标升级7个社区党群服务中心) — the phrase
// after it is taken instead. It deliberately does not parse syntax: a clause is cut at punctuation and
// at the previous figure.

/** Longest phrase kept as a measure, in characters: longer ones are whole clauses, not noun phrases. */
const MAX_MEASURE_CHARS = 14
/** A preceding phrase shorter than this is a bare verb (推进, 建成), so the phrase after the figure is taken. */
const MIN_PRECEDING_CHARS = 3
const CLAUSE_BREAK = /[，,。；;：:！!？?、（）()\n“”"《》]/

/** Linking words between a measure and its figure, longest first; the flag gives a direction of change. */
const LINKS: [string, 'increase' | 'decrease' | undefined][] = [
  ['同比增长', 'increase'],
  ['同比下降', 'decrease'],
  ['年均增长', 'increase'],
  ['分别增长', 'increase'],
  ['分别下降', 'decrease'],
  ['增长', 'increase'],
  ['增加', 'increase'],
  ['提高', 'increase'],
  ['提升', 'increase'],
  ['上升', 'increase'],
  ['增至', 'increase'],
  ['扩大', 'increase'],
  ['翻番', 'increase'],
  ['下降', 'decrease'],
  ['减少', 'decrease'],
  ['降低', 'decrease'],
  ['降至', 'decrease'],
  ['降到', 'decrease'],
  ['缩小', 'decrease'],
  ['压减', 'decrease'],
  ['削减', 'decrease'],
  ['达到', undefined],
  ['达', undefined],
  ['超过', undefined],
  ['突破', undefined],
  ['累计', undefined],
  ['总计', undefined],
  ['合计', undefined],
  ['共计', undefined],
  ['共', undefined],
  ['约', undefined],
  ['近', undefined],
  ['超', undefined],
  ['为', undefined],
  ['是', undefined],
  ['占', undefined],
  ['至', undefined],
  ['到', undefined],
  ['以上', undefined],
  ['左右', undefined],
  ['不低于', undefined],
  ['不超过', undefined],
  ['低于', undefined],
  ['高于', undefined],
  ['控制在', undefined],
  ['保持在', undefined],
  ['稳定在', undefined],
  ['在', undefined],
  ['的', undefined],
  ['以', undefined],
  ['分别', undefined],
  ['同比', undefined],
  ['不少于', undefined],
  ['不到', undefined],
  ['均为', undefined],
  ['平均', undefined],
  ['新增', undefined],
  ['累计', undefined],
  ['建成', undefined],
  ['完成', undefined],
  ['实现', undefined],
]

/** Words of intent or time that open a clause but are not part of what is measured (力争…, 全年…). */
const LEADING = /^(力争|确保|争取|推动|推进|实现|保持|全年|年内|今年|预计|计划|其中|累计|共|并|再)+/
/** Qualifiers right after a figure that belong to it, not to the noun after it (10个以上特色品牌). */
const QUALIFIER_AFTER = /^(以上|以下|左右|的|\s)+/
/** A conjunction that ends a phrase cut short by the next figure (4处花廊和8座…). */
const TRAILING_CONJUNCTION = /[和及与并]$/

export interface Measure {
  measure: string
  start: number
  end: number
  change?: 'increase' | 'decrease'
}

/** The phrase right after a figure, up to a clause break, a digit or MAX_MEASURE_CHARS; undefined when there is none. */
function phraseAfter(text: string, figureEnd: number, ceiling: number): { start: number; end: number } | undefined {
  const qualifier = QUALIFIER_AFTER.exec(text.slice(figureEnd, Math.min(ceiling, figureEnd + 8)))
  const after = figureEnd + (qualifier ? qualifier[0].length : 0)
  let stop = after
  while (stop < ceiling && stop - after < MAX_MEASURE_CHARS && !CLAUSE_BREAK.test(text[stop]) && !/[0-9０-９]/.test(text[stop])) stop++
  while (stop > after && TRAILING_CONJUNCTION.test(text.slice(after, stop))) stop--
  // A linking word at the end belongs to the next figure (3个项目收益超8% → 项目收益).
  const link = LINKS.find(([word]) => text.slice(after, stop).endsWith(word) && stop - word.length > after)
  if (link) stop -= link[0].length
  return stop > after ? { start: after, end: stop } : undefined
}

/**
 * The measured phrase for a figure at [figureStart, figureEnd) of `text`, looking no further than
 * `floor` backwards (the previous figure's end) and `ceiling` forwards. `counter` says the figure's
 * unit is a classifier (个, 家, 座 …), whose noun usually follows it. Offsets in UTF-16 code units.
 */
export function findMeasure(
  text: string,
  figureStart: number,
  figureEnd: number,
  floor: number,
  ceiling: number,
  counter = false,
): Measure {
  let clauseStart = figureStart
  while (clauseStart > floor && !CLAUSE_BREAK.test(text[clauseStart - 1]!)) clauseStart--
  let end = figureStart
  let change: Measure['change']
  for (let stripped = true; stripped && end > clauseStart;) {
    stripped = false
    const before = text.slice(clauseStart, end)
    for (const [word, direction] of LINKS) {
      if (before.endsWith(word)) {
        end -= word.length
        change ??= direction
        stripped = true
        break
      }
    }
  }
  let start = Math.max(clauseStart, end - MAX_MEASURE_CHARS)
  const lead = LEADING.exec(text.slice(start, end))
  // Intent and time words alone (力争年内8个项目) measure nothing: the noun comes after the figure.
  if (lead) start = Math.min(end, start + lead[0].length)
  const after = phraseAfter(text, figureEnd, ceiling)
  // A count with its noun after the classifier (新增1800个学位): the noun is what is counted.
  if (counter && after) return { measure: text.slice(after.start, after.end), ...after, change }
  if (end - start >= MIN_PRECEDING_CHARS) return { measure: text.slice(start, end), start, end, change }
  // Only a verb (or nothing) before the figure: the measured thing follows it (推进49个城中村改造,
  // 4.5万平方米的公园 → 公园).
  if (after) return { measure: text.slice(after.start, after.end), ...after, change }
  return end > start
    ? { measure: text.slice(start, end), start, end, change }
    : { measure: '', start: figureStart, end: figureStart, change }
}
