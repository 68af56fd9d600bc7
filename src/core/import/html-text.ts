// Extracts the main text of a saved web page without a DOM: a small tolerant tokenizer builds a tree,
// page furniture (script, style, nav, header, footer, aside, form, …) is dropped, and the article is
// the deepest element that still holds most of the page's non-link Chinese text. Block elements become
// line breaks. It does not run scripts, apply CSS (hidden text stays) or follow frames.

import { decodeEntities } from './html-entities'

/** Elements whose content is never reading text. */
const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'object', 'canvas', 'map'])
/** Elements that end a line of text. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'center', 'td', 'th', 'caption', 'figure', 'figcaption', 'address', 'body', 'html'])
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr'])
/** The article must hold at least this share of the page's non-link CJK text. */
const MAIN_SHARE = 0.7
const HEADINGS = new Set(['h1', 'h2', 'h3'])
/** Class/id words for the article title, which pages often put in a sibling of the text block. */
const TITLE_CLASS = /(^|[\s_-])(title|biaoti|bt|article-title|headline)([\s_-]|$)/i
/** Class/id words that mark page furniture even on a plain div. */
const FURNITURE = /(^|[\s_-])(nav|menu|header|footer|sidebar|breadcrumb|share|comment|copyright|toolbar|banner)([\s_-]|$)/i

interface Node {
  tag: string
  /** Dropped with its content: a SKIP element, or one whose class/id names page furniture. */
  skip: boolean
  /** A heading or an element whose class/id says it holds the article title. */
  heading: boolean
  children: (Node | string)[]
  parent?: Node
  /** CJK characters outside links, and inside links, in this subtree. */
  cjk: number
  linkCjk: number
}

const CJK = /[\u4e00-\u9fff]/g

function parse(html: string): Node {
  const root: Node = { tag: '#root', skip: false, heading: false, children: [], cjk: 0, linkCjk: 0 }
  let cur = root
  const re = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
  let last = 0
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) cur.children.push(html.slice(last, m.index))
    last = re.lastIndex
    const name = m[1]?.toLowerCase()
    if (!name) continue
    if (m[0][1] === '/') {
      let n: Node | undefined = cur
      while (n && n.tag !== name) n = n.parent
      if (n?.parent) cur = n.parent
      continue
    }
    const attrs = m[2] ?? ''
    const cls = /\b(?:class|id)\s*=\s*["']?([^"'>]*)/gi
    let furniture = false
    let titled = false
    for (const a of attrs.matchAll(cls)) {
      if (FURNITURE.test(a[1]!)) furniture = true
      if (TITLE_CLASS.test(a[1]!)) titled = true
    }
    const skip = SKIP.has(name) || (furniture && name !== 'html' && name !== 'body')
    const node: Node = { tag: name, skip, heading: HEADINGS.has(name) || titled, children: [], parent: cur, cjk: 0, linkCjk: 0 }
    cur.children.push(node)
    if (name === 'script' || name === 'style' || name === 'textarea') {
      const close = html.toLowerCase().indexOf(`</${name}`, last)
      const end = close < 0 ? html.length : close
      last = end
      const gt = html.indexOf('>', end)
      re.lastIndex = gt < 0 ? html.length : gt + 1
      if (close >= 0) last = re.lastIndex
      continue
    }
    if (!VOID.has(name) && !attrs.trimEnd().endsWith('/')) cur = node
  }
  if (last < html.length) cur.children.push(html.slice(last))
  return root
}

function count(node: Node, inLink: boolean): void {
  for (const c of node.children) {
    if (typeof c === 'string') {
      const n = c.match(CJK)?.length ?? 0
      if (inLink) node.linkCjk += n
      else node.cjk += n
      continue
    }
    if (c.skip) continue
    count(c, inLink || c.tag === 'a')
    node.cjk += c.cjk
    node.linkCjk += c.linkCjk
  }
}

function pickMain(root: Node): Node {
  let node = root
  const total = root.cjk
  if (total === 0) return root
  for (;;) {
    const next = node.children.find((c): c is Node => typeof c !== 'string' && !c.skip && c.cjk >= total * MAIN_SHARE)
    if (!next) return node
    node = next
  }
}

function render(node: Node, out: string[]): void {
  for (const c of node.children) {
    if (typeof c === 'string') {
      out.push(decodeEntities(c.replace(/[\s]+/g, ' ')))
      continue
    }
    if (c.skip) continue
    const block = BLOCK.has(c.tag)
    if (block) out.push('\n')
    if (c.tag === 'pre') out.push(decodeEntities(flat(c)))
    else render(c, out)
    if (block) out.push('\n')
  }
}

/** The text of the last heading outside `main` that comes before it (the title a page keeps beside the text block). */
function titleBefore(root: Node, main: Node): string | undefined {
  let found: string | undefined
  let done = false
  const walk = (node: Node): void => {
    for (const c of node.children) {
      if (done) return
      if (typeof c === 'string' || c.skip) continue
      if (c === main) {
        done = true
        return
      }
      if (c.heading && c.cjk > 0) {
        const out: string[] = []
        render(c, out)
        found = out.join('').replace(/\s+/g, ' ').trim()
      } else walk(c)
    }
  }
  walk(root)
  return found
}

function flat(node: Node): string {
  return node.children.map((c) => (typeof c === 'string' ? c : flat(c))).join('')
}

/** Words that name a document, telling the article's part of a page title from the site's name. */
const DOCUMENT_WORDS = /(报告|計劃|计划|方案|规划|意见|通知|决定|办法|纲要|公报)/
/** Separators between the article's title and the site's name in a page title (…_青山区人民政府). */
const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]\s+|\s*--\s*|[-–—](?=[\u4e00-\u9fff]*(?:政府|网|網)$)/

/**
 * The document's part of the page's `<title>`: the segment that names a document (报告, 方案, …),
 * else the first one; undefined when the page has no title with Chinese in it.
 */
export function findPageTitle(html: string): string | undefined {
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]
  if (!raw) return undefined
  const parts = decodeEntities(raw).replace(/\s+/g, ' ').trim().split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => /[\u4e00-\u9fff]{2}/.test(p))
  return parts.find((p) => DOCUMENT_WORDS.test(p)) ?? parts[0]
}

/** Finds the charset a page declares in `<meta charset>` or `<meta http-equiv content>`, if any. */
export function findDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 2048))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]
}

/**
 * Extracts the main text of an HTML page.
 * @param html the decoded page
 * @returns lines of text (one per block), with surplus spaces collapsed; '' when the page has no text
 */
export function extractHtmlText(html: string): string {
  const root = parse(html)
  count(root, false)
  const main = pickMain(root)
  const out: string[] = []
  const title = main === root ? undefined : titleBefore(root, main)
  if (title) out.push(title, '\n')
  render(main, out)
  return out.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n')
}
