// Cleans decoded text into the form the app works on: one paragraph per line, one blank line between
// paragraphs, no indentation or trailing spaces, lines wrapped mid-sentence joined back (see
// join-wrapped-lines.ts), web-page chrome (publication stamps, share / print links, comment boxes,
// disclaimers, licence notices, site maps) and footnote markers removed. Every removal of content
// (debris, markers) is recorded as a span of the raw text so the user can review and undo it.
// It deliberately does not touch report content: a line is only dropped when its whole shape is that
// of page chrome, and the loose patterns (来源：, 作者：, bare labels) apply only in the runs at the
// very top and bottom of the page. Whitespace normalisation and joined wraps are not recorded (they
// change no words).

import { groupWrappedLines, joinWrapped } from './join-wrapped-lines'
import type { RemovedSpan } from './types'

/** Lines this long or longer are prose, never a chrome line (disclaimers are matched by their opening). */
const MAX_CHROME_LINE = 40

/** Page chrome that may appear anywhere: the whole line is one of these widgets. */
const CHROME_ANYWHERE: RegExp[] = [
  /^[【[]?\s*(字号|字体)[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小/,
  /^[【[]?\s*(打印本页|打印文章|打印|关闭窗口|关闭本页|返回顶部|收藏本页|加入收藏)\s*[】\]]?(\s*[【[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错)\s*[】\]]?)*$/,
  /^扫一扫在手机(上)?(打开|浏览)(当前页|本页)?/,
  /^(本文|本页)(地址|链接|网址)[:：]/,
  /^留言与评论/,
  /^(验证码|网站地图|联系我们|设为首页|加入收藏)[:：]?$/,
  /^本文仅代表作者(个人)?观点/,
  /^(版权所有|Copyright|©)/i,
  /^(主办单位|承办单位|主办|承办)[:：]/,
  /(ICP备|ICP证|公网安备)\s*[0-9A-Za-z号-]*/,
  /^分享到[:：]?/,
  /^(上一篇|下一篇)[:：]/,
  /^(浏览次数|阅读次数|点击数|访问量|访问次数)[:：]/,
  /^(发布时间|发布日期|更新时间|发文日期)[:：]\s*[0-9０-９]{4}/,
]

/** Patterns that are chrome only in the runs at the top or bottom of the page. */
const CHROME_AT_EDGES: RegExp[] = [
  /^(来源|信息来源|文章来源|作者|责任编辑|编辑|发布机构|发布人)[:：]/,
  /^(上一篇|下一篇|相关链接|相关文章|相关法规|相关阅读|相关附件|附件)[:：]?$/,
  /^(首页|当前位置|您的位置|您现在的位置)\s*[:：>»›]/,
  // A breadcrumb trail: three or more short crumbs joined by > » › (政务公开 > 规划计划 > 政府工作报告).
  /^[^。，；>»›]{1,16}(\s*[>»›]\s*[^。，；>»›]{1,24}){2,}$/,
  /^(【\s*)?(大|中|小)(\s*】)?$/,
]

/** Patterns that are chrome only in the run at the bottom of the page. */
const CHROME_AT_BOTTOM: RegExp[] = [
  // A bare label with nothing after it (附件：, 相关法规：): at the top it may be an addressee.
  /^[\u4e00-\u9fff]{1,6}[:：]$/,
]
/** A short line without a single Chinese character (Public domain, false, a tracking id) ends no Chinese report. */
const LATIN_LINE = /^[A-Za-z][A-Za-z0-9 .,'’_-]*$/
const CJK = /[\u4e00-\u9fff]/

/**
 * The fields and widgets of a page's article-info bar (发布时间：… 来源：… 浏览次数：… 【字体：大 中 小】
 * 打印本页). Labels that reports use themselves (时间, 地点) are not among them.
 */
const INFO_LABEL =
  '(?:发布时间|发布日期|更新时间|发文日期|来源|信息来源|文章来源|作者|责任编辑|编辑|发布机构|发布人|浏览次数|阅读次数|点击数|点击量|浏览量|访问量|访问次数)'
/** Longest value of an info-bar field (a source's name, a date and time). */
const MAX_INFO_VALUE = 30
const INFO_WIDGET = new RegExp(
  [
    // label：value, a short value without sentence punctuation up to the next space, bracket or label
    // (a time may follow a date).
    `${INFO_LABEL}[:：]\\s*[^\\s【\\[，。；！？,;]{0,${MAX_INFO_VALUE}}?(?=\\s|[【\\[]|${INFO_LABEL}[:：]|$)(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?`,
    '[【\\[]?\\s*(?:字号|字体)[:：]?\\s*[【\\[]?\\s*大\\s*[】\\]]?\\s*[【\\[]?\\s*中\\s*[】\\]]?\\s*[【\\[]?\\s*小\\s*[】\\]]?\\s*[】\\]]?',
    '[【\\[]?\\s*(?:打印本页|打印文章|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|加入收藏|收藏|纠错|分享到)\\s*[】\\]]?',
  ].join('|'),
  'g',
)
/** What may separate the widgets of an info bar. */
const INFO_SEPARATORS = /^[\s|｜丨/·•]*$/
/** Longest info bar: a few fields and widgets, never a paragraph. */
const MAX_INFO_LINE = 120

/** Whether a line consists of two or more info-bar fields and widgets and nothing else. */
function isInfoBar(content: string): boolean {
  if (content.length > MAX_INFO_LINE) return false
  let widgets = 0
  const rest = content.replace(INFO_WIDGET, () => {
    widgets++
    return ''
  })
  return widgets >= 2 && INFO_SEPARATORS.test(rest)
}

/** Long lines that are still chrome when they open like this: disclaimers anywhere, licence and wiki notices at the bottom. */
const LONG_CHROME_ANYWHERE = /^本文仅代表作者(个人)?观点/
const LONG_CHROME_AT_BOTTOM = [/^本作品.{0,120}(公有领域|版权|许可协议)/, /(维基文库|維基文庫|维基百科|維基百科|Wikisource|Wikipedia)/]
/** Longest line the long patterns may match (a notice, not a paragraph that happens to cite one). */
const MAX_NOTICE_LINE = 300

/** A footnote reference like [21] glued to the end of a clause; the `[n]` that opens a note line stays. */
const FOOTNOTE_MARKER = /(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef”"）)a-zA-Z0-9%])\[(\d{1,3})\]/g

/** Spaces that indent or trail a line, including the full-width space of Chinese typesetting. */
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g
/** Invisible characters web pages leave in text (zero-width spaces and joiners, stray BOMs); they would break searches. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g
const HAS_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/

/** A line as the cleaned text holds it: no invisible characters, no indentation or trailing spaces. */
function normaliseLine(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(EDGE_SPACE, '')
}

export interface CleanedText {
  text: string
  /** Removed stretches of the raw text, ordered by `start`, not overlapping. Offsets in UTF-16 code units. */
  removed: RemovedSpan[]
}

/** Normalises CRLF / CR line endings to LF; everything later indexes this form. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** A raw line, or a run of wrapped raw lines joined: offsets into the raw text, trimmed content. */
interface Line {
  start: number
  end: number
  content: string
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const part of raw.split('\n')) {
    lines.push({ start, end: start + part.length, content: normaliseLine(part) })
    start += part.length + 1
  }
  return lines
}

/** Where a line sits and what the text around it is. */
interface LineContext {
  atEdge: boolean
  atBottom?: boolean
  /** Also match the long notices, which a wrapped file may split over several lines (so a fragment of one must not stop the joining). */
  notices?: boolean
  /** The text has Chinese in it: a Latin-only line at its bottom is a template word, not content. */
  chinese: boolean
}

/** Whether a line (or joined paragraph) is page chrome. */
function isChrome(content: string, { atEdge, atBottom = false, notices = true, chinese }: LineContext): boolean {
  if (!content) return false
  if (LONG_CHROME_ANYWHERE.test(content)) return true
  if (notices && atBottom && content.length <= MAX_NOTICE_LINE && LONG_CHROME_AT_BOTTOM.some((re) => re.test(content))) return true
  if (isInfoBar(content)) return true
  if (content.length >= MAX_CHROME_LINE) return false
  if (atBottom && (CHROME_AT_BOTTOM.some((re) => re.test(content)) || (chinese && LATIN_LINE.test(content)))) return true
  if (CHROME_ANYWHERE.some((re) => re.test(content))) return true
  return atEdge && CHROME_AT_EDGES.some((re) => re.test(content))
}

/** Marks the chrome runs at the top and bottom, walking inwards past blank lines until real text. */
function markEdges(lines: Line[], drop: boolean[], chinese: boolean): void {
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.content
    if (!c) continue
    if (!isChrome(c, { atEdge: true, chinese })) break
    drop[i] = true
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const c = lines[i]!.content
    if (!c) continue
    if (!isChrome(c, { atEdge: true, atBottom: true, chinese })) break
    drop[i] = true
  }
}

/** Raw lines grouped into paragraphs (wrapped lines joined); lines that look like chrome stay alone. */
function joinWraps(raw: string, lines: readonly Line[], chinese: boolean): { paragraph: Line; members: Line[] }[] {
  const keep = lines.map(
    (l) => isChrome(l.content, { atEdge: true, chinese }) || isChrome(l.content, { atEdge: true, atBottom: true, notices: false, chinese }),
  )
  const invisible = (l: Line): boolean => !l.content && HAS_ZERO_WIDTH.test(raw.slice(l.start, l.end))
  return groupWrappedLines(lines.map((l, i) => ({ content: l.content, keep: keep[i], invisible: invisible(l) }))).map((group) => {
    const members = group.map((i) => lines[i])
    const paragraph = { start: members[0].start, end: members[members.length - 1].end, content: joinWrapped(members.map((m) => m.content)) }
    return { paragraph, members }
  })
}

/** A raw line's content without footnote markers, recording each removed marker in `removed`. */
function withoutFootnotes(raw: string, line: Line, removed: RemovedSpan[]): string {
  const rawLine = raw.slice(line.start, line.end)
  // Markers are found in the raw line, so their offsets stay exact whatever normalising removes.
  const kept = rawLine.replace(FOOTNOTE_MARKER, (m, _n, offset: number) => {
    removed.push({ start: line.start + offset, end: line.start + offset + m.length, reason: 'footnote-marker' })
    return ''
  })
  return normaliseLine(kept)
}

function clean(raw: string, removeContent: boolean): CleanedText {
  const chinese = CJK.test(raw)
  const groups = joinWraps(raw, splitLines(raw), chinese)
  const paragraphs = groups.map((g) => g.paragraph)
  const drop = paragraphs.map((p) => removeContent && isChrome(p.content, { atEdge: false, chinese }))
  if (removeContent) markEdges(paragraphs, drop, chinese)
  const removed: RemovedSpan[] = []
  const out: string[] = []
  groups.forEach(({ paragraph, members }, i) => {
    if (drop[i]) {
      removed.push({ start: paragraph.start, end: Math.min(paragraph.end + 1, raw.length), reason: 'site-debris' })
      return
    }
    const text = removeContent ? joinWrapped(members.map((m) => withoutFootnotes(raw, m, removed))) : paragraph.content
    if (text) out.push(text)
  })
  removed.sort((a, b) => a.start - b.start)
  return { text: out.join('\n\n'), removed: mergeAdjacent(removed) }
}

/**
 * Cleans raw text (already with `\n` line endings).
 * @param raw the decoded text, as stored in `ImportedDocument.rawText`
 * @returns the cleaned text (paragraphs separated by one blank line) and the removed spans of `raw`
 */
export function cleanText(raw: string): CleanedText {
  return clean(raw, true)
}

/**
 * The raw text laid out as the cleaned text is (one paragraph per line, wraps joined, no indentation)
 * but with nothing removed: what "restore removed text" makes the working text.
 */
export function layOutText(raw: string): string {
  return clean(raw, false).text
}

function mergeAdjacent(spans: RemovedSpan[]): RemovedSpan[] {
  const out: RemovedSpan[] = []
  for (const s of spans) {
    const last = out[out.length - 1]
    if (last && last.reason === s.reason && last.end >= s.start) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}
