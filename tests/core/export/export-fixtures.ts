// Fixed export inputs for the export tests: annotations on two seed reports (fixed ids and times, a
// hand-written outline so golden files do not move with the outline parser) and a synthetic document
// of hostile text (Markdown syntax, HTML, CSV/XML specials, astral characters, line breaks).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Annotation, HighlightColor } from '../../../src/core/anchoring/types'
import type { ExportDocument, ExportInput, ExportOptions } from '../../../src/core/export'
import { defaultExportOptions } from '../../../src/core/export'
import type { OutlineNode } from '../../../src/core/structure/types'
import type { Codebook } from '../../../src/core/themes/types'

export const REPO = join(import.meta.dirname, '../../..')
export const FIXED_NOW = new Date('2026-03-01T08:00:00.000Z')

export const CODEBOOK: Codebook = {
  version: 1,
  themes: [
    { id: 'safety', labelZh: '安全', labelEn: 'Safety', color: '#d9485f', terms: [] },
    { id: 'ecology', labelZh: '生态', labelEn: 'Ecology', color: '#2f9e44', terms: [] },
    { id: 'governance', labelZh: '基层治理', labelEn: 'Governance', color: '#1c7ed6', terms: [] },
  ],
}

export function options(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return { ...defaultExportOptions(FIXED_NOW, 'Bidu 0.1.0-test'), ...overrides }
}

function seedText(file: string): string {
  return readFileSync(join(REPO, 'seeds', file), 'utf8').replace(/\r\n?/g, '\n')
}

/** An outline node for the heading line that starts with `headingStart`, its section running to `sectionEndMarker` (or the end). */
function node(
  text: string,
  id: string,
  label: string,
  title: string,
  depth: number,
  sectionEndMarker: string | undefined,
  children: OutlineNode[] = [],
): OutlineNode {
  const start = text.indexOf(label + title)
  if (start < 0) throw new Error(`fixture heading not found: ${label}${title}`)
  const end = sectionEndMarker === undefined ? text.length : text.indexOf(sectionEndMarker, start + 1)
  if (end < 0) throw new Error(`fixture section end not found: ${sectionEndMarker}`)
  return {
    id,
    kind: depth === 0 ? 'cn-paren' : 'arabic',
    depth,
    label,
    title,
    heading: { start, end: start + label.length + title.length },
    section: { start, end },
    children,
  }
}

let n = 0
/** An annotation on the first occurrence of `exact` in `doc`. */
export function annotate(doc: ExportDocument, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = doc.text.indexOf(exact)
  if (start < 0) throw new Error(`fixture quote not found: ${exact}`)
  n++
  const created = `2026-02-${String(10 + (n % 15)).padStart(2, '0')}T09:00:00.000Z`
  return {
    id: `a${String(n).padStart(2, '0')}`,
    documentId: doc.id,
    textHash: 'h0',
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: doc.text.slice(Math.max(0, start - 8), start),
      suffix: doc.text.slice(start + exact.length, start + exact.length + 8),
    },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    color: 'yellow' as HighlightColor,
    themes: [],
    tags: [],
    note: '',
    created,
    updated: created,
    anchorStatus: 'exact',
    ...extra,
  }
}

/** Two seed reports with a few annotations, as a researcher would make them. */
export function seedInput(): ExportInput {
  n = 0
  const t001 = seedText('001_8f52a2821bb8e2be.txt')
  const t000 = seedText('000_3a5eedb3a8af94b3.txt')
  const item13 = node(t001, 'n13', '13.', '树立基层治理标杆。', 1, '\n14.')
  const item18 = node(t001, 'n18', '18.', '筑牢消防安全“防火墙”。', 1, '\n19.')
  const d001: ExportDocument = {
    id: 'doc-001',
    fileName: '001_8f52a2821bb8e2be.txt',
    text: t001,
    metadata: {
      title: '盐田区“城市质量提升年”行动计划',
      place: '盐田区',
      province: '广东省',
      city: '深圳市',
      district: '盐田区',
      level: 'district',
      year: 2017,
      docType: 'action-plan',
    },
    outline: [item13, item18],
  }
  const d000: ExportDocument = {
    id: 'doc-000',
    fileName: '000_3a5eedb3a8af94b3.txt',
    text: t000,
    metadata: { title: '盐田区政府工作报告', place: '盐田区', level: 'district', year: 2023, docType: 'government-work-report' },
  }
  const annotations = [
    annotate(d000, '加快推动综合网格改革', {
      themes: ['governance', 'safety'],
      tags: ['网格化'],
      note: '与 2017 年行动计划第 13 条对照。',
      color: 'green',
    }),
    annotate(d000, '坚持和发展新时代“枫桥经验”', { themes: ['governance'], tags: ['枫桥经验', 'to read'] }),
    annotate(d001, '探索建立社区网格管理新模式', {
      themes: ['governance'],
      tags: ['网格化'],
      note: '**2017**: the *first* grid model.\n\n- 社区\n- 网格',
    }),
    annotate(d001, '全面开展“拉网排雷”消防隐患排查行动', { themes: ['safety'], color: 'pink', anchorStatus: 'fuzzy' }),
  ]
  return { documents: [d001, d000], annotations, codebook: CODEBOOK }
}

/** Quotes that break naive Markdown/CSV/XML writers. Each is a substring of HOSTILE_TEXT. */
export const HOSTILE_QUOTES = [
  '*bold* _em_ # not a heading > not a quote [link](http://x) `code` <b>tag</b> | pipe & amp; \\ backslash',
  '1. not a list',
  '- not a bullet',
  '+ plus',
  '    indented four spaces',
  '\t tab first',
  '　　全角缩进“引号”，（括号）；【方括号】——破折号…',
  '=cmd|"/C calc"!A0',
  '@SUM(1,2)',
  '第一行\n第二行',
  '段落一\n\n段落二',
  '😀 emoji 𠀀 𪚥 rare CJK',
  '<!-- comment --> <script>alert(1)</script> &lt; &#60;',
  '~~strike~~ ==mark== %%hidden%% $x$ ![img](y) [[wiki]]',
  'trailing spaces  ',
  '\\',
  '"quoted, with comma"',
  '***',
  '---',
  '===',
  'x\r\ny',
  'ctl\u0001\u000bchars\ufffe',
  'snake_case 网_格 #话题 #topic ^blockid',
]

export const HOSTILE_NOTES = [
  '',
  'a note\n---\nafter rule',
  'Title line\n===',
  '```js\nconst a = "<div>"\n---\n```\nafter fence',
  '```\nunclosed fence\n# heading inside',
  '<div>raw html</div> and <span>inline</span> and <https://example.org>',
  '~~~\ntilde fence\n~~~',
  '> nested quote\n\n    indented code',
  '𠀀 astral note 😀',
  '   \n  ',
]

/** A document holding every hostile quote, each on its own stretch, with hostile metadata. */
export function hostileInput(): ExportInput {
  n = 100
  const text = `前言😀𠀀\n${HOSTILE_QUOTES.join('\n（分隔）\n')}\n结尾`
  const doc: ExportDocument = {
    id: 'doc-hostile',
    fileName: 'hostile "name", *with* #chars.txt',
    text,
    metadata: { title: '# Title: with "quotes" --- and \\ and \n newline *bold*', place: '- 区|县', level: 'unknown', docType: 'other' },
  }
  const annotations = HOSTILE_QUOTES.map((q, i) =>
    annotate(doc, q, {
      note: HOSTILE_NOTES[i % HOSTILE_NOTES.length],
      themes: i % 3 === 0 ? ['safety'] : [],
      tags: i % 4 === 0 ? ['tag with space', '网格化/子', '#already'] : [],
    }),
  )
  return { documents: [doc], annotations, codebook: CODEBOOK }
}
