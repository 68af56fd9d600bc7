// Cleans decoded text into the form the app works on: one paragraph per line, one blank line between
// paragraphs, no indentation or trailing spaces, web-page chrome (publication stamps, share / print
// links, comment boxes, disclaimers, site maps) and footnote markers removed. Every removal of content
// (debris, markers) is recorded as a span of the raw text so the user can review and undo it.
// It deliberately does not touch report content: a line is only dropped when its whole shape is that
// of page chrome, and the loose patterns (来源：, 作者：, bare labels) apply only in the runs at the
// very top and bottom of the page. Whitespace normalisation is not recorded (it changes no words).

import type { RemovedSpan } from './types'

/** Lines this long or longer are prose, never a chrome line (disclaimers are matched by their opening). */
const MAX_CHROME_LINE = 40

/** Page chrome that may appear anywhere: the whole line is one of these widgets. */
const CHROME_ANYWHERE: RegExp[] = [
  /^[【\[]?\s*(字号|字体)[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小/,
  /^[【\[]?\s*(打印本页|打印文章|打印|关闭窗口|关闭本页|返回顶部|收藏本页|加入收藏)\s*[】\]]?(\s*[【\[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错)\s*[】\]]?)*$/,
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
  /^(首页|当前位置|您的位置|您现在的位置)[:：>]/,
  /^(【\s*)?(大|中|小)(\s*】)?$/,
]

/** A bare label with nothing after it (附件：, 相关法规：) is page chrome only at the bottom: at the top it may be an addressee. */
const EMPTY_LABEL = /^[\u4e00-\u9fff]{1,6}[:：]$/

/** A footnote reference like [21] glued to the end of a clause; the `[n]` that opens a note line stays. */
const FOOTNOTE_MARKER = /(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef”"）)a-zA-Z0-9%])\[(\d{1,3})\]/g

/** Spaces that indent or trail a line, including the full-width space of Chinese typesetting. */
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g

export interface CleanedText {
  text: string
  /** Removed stretches of the raw text, ordered by `start`, not overlapping. Offsets in UTF-16 code units. */
  removed: RemovedSpan[]
}

/** Normalises CRLF / CR line endings to LF; everything later indexes this form. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

interface Line {
  start: number
  end: number
  content: string
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const part of raw.split('\n')) {
    lines.push({ start, end: start + part.length, content: part.replace(EDGE_SPACE, '') })
    start += part.length + 1
  }
  return lines
}

function isChrome(content: string, atEdge: boolean, atBottom = false): boolean {
  if (!content) return false
  if (atBottom && EMPTY_LABEL.test(content)) return true
  if (/^本文仅代表作者(个人)?观点/.test(content)) return true
  if (content.length >= MAX_CHROME_LINE) return false
  if (CHROME_ANYWHERE.some((re) => re.test(content))) return true
  return atEdge && CHROME_AT_EDGES.some((re) => re.test(content))
}

/** Marks the chrome runs at the top and bottom, walking inwards past blank lines until real text. */
function markEdges(lines: Line[], drop: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.content
    if (!c) continue
    if (!isChrome(c, true)) break
    drop[i] = true
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const c = lines[i]!.content
    if (!c) continue
    if (!isChrome(c, true, true)) break
    drop[i] = true
  }
}

/**
 * Cleans raw text (already with `\n` line endings).
 * @param raw the decoded text, as stored in `ImportedDocument.rawText`
 * @returns the cleaned text (paragraphs separated by one blank line) and the removed spans of `raw`
 */
export function cleanText(raw: string): CleanedText {
  const lines = splitLines(raw)
  const drop = lines.map((l) => isChrome(l.content, false))
  markEdges(lines, drop)
  const removed: RemovedSpan[] = []
  const paragraphs: string[] = []
  lines.forEach((line, i) => {
    if (drop[i]) {
      removed.push({ start: line.start, end: Math.min(line.end + 1, raw.length), reason: 'site-debris' })
      return
    }
    if (!line.content) return
    const rawLine = raw.slice(line.start, line.end)
    const lead = rawLine.length - rawLine.replace(/^[\s\u3000\u00a0]+/, '').length
    const text = line.content.replace(FOOTNOTE_MARKER, (m, _n, offset: number) => {
      removed.push({ start: line.start + lead + offset, end: line.start + lead + offset + m.length, reason: 'footnote-marker' })
      return ''
    })
    if (text) paragraphs.push(text)
  })
  removed.sort((a, b) => a.start - b.start)
  return { text: paragraphs.join('\n\n'), removed: mergeAdjacent(removed) }
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
