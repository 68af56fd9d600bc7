// Extracts the main text of a saved web page without a DOM: the page is parsed in one linear pass
// (html-tree.ts), page furniture (script, style, nav, header, footer, aside, form, …) is dropped, and
// the article is the deepest element that still holds most of the page's non-link Chinese text. Block
// elements become line breaks. Every walk over the tree uses an explicit stack, so 100,000 nested
// elements read like any page. It does not run scripts, apply CSS (hidden text stays) or follow frames.

import { decodeHTML } from 'entities'
import { parseHtml, type HtmlElement } from './html-tree'

/** Elements whose content is never reading text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'template',
  'svg',
  'head',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'object',
  'canvas',
  'map',
  'noembed',
  'noframes',
])
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'center',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
])
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
  /** CJK characters outside links, and inside links, in this subtree. */
  cjk: number
  linkCjk: number
}

const CJK = /[\u4e00-\u9fff]/g

/** The parsed tree with the heuristic's marks, built and counted bottom-up without recursion. */
function annotate(root: HtmlElement): Node {
  const toNode = (e: HtmlElement): Node => {
    const skip = SKIP.has(e.tag) || (FURNITURE.test(e.names) && e.tag !== 'html' && e.tag !== 'body')
    return { tag: e.tag, skip, heading: HEADINGS.has(e.tag) || TITLE_CLASS.test(e.names), children: [], cjk: 0, linkCjk: 0 }
  }
  const top = toNode(root)
  // Post-order: a frame's counts are final when all its children are done.
  const stack: { element: HtmlElement; node: Node; next: number; inLink: boolean; parent?: Node }[] = [
    { element: root, node: top, next: 0, inLink: false },
  ]
  while (stack.length) {
    const frame = stack[stack.length - 1]!
    const { element, node, inLink } = frame
    if (frame.next === element.children.length) {
      stack.pop()
      if (frame.parent && !node.skip) {
        frame.parent.cjk += node.cjk
        frame.parent.linkCjk += node.linkCjk
      }
      continue
    }
    const child = element.children[frame.next++]!
    if (typeof child === 'string') {
      node.children.push(child)
      const n = child.match(CJK)?.length ?? 0
      if (inLink) node.linkCjk += n
      else node.cjk += n
      continue
    }
    const childNode = toNode(child)
    node.children.push(childNode)
    stack.push({ element: child, node: childNode, next: 0, inLink: inLink || child.tag === 'a', parent: node })
  }
  return top
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

/** A step of a depth-first walk: a node to enter, or a string to emit (text or a line break). */
type Step = Node | string

/** Pushes `node`'s children onto a walk's stack so that they come off in document order. */
function pushChildren(stack: Step[], node: Node, wrap: (c: Node | string) => Step[]): void {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const steps = wrap(node.children[i]!)
    for (let k = steps.length - 1; k >= 0; k--) stack.push(steps[k]!)
  }
}

/** The reading text of `node`: text with runs of white space collapsed, block elements on lines of their own. */
function render(node: Node, out: string[]): void {
  const stack: Step[] = []
  const wrap = (c: Node | string): Step[] => {
    if (typeof c === 'string') return [decodeHTML(c.replace(/\s+/g, ' '))]
    if (c.skip) return []
    const content: Step = c.tag === 'pre' ? decodeHTML(flat(c)) : c
    return BLOCK.has(c.tag) ? ['\n', content, '\n'] : [content]
  }
  pushChildren(stack, node, wrap)
  while (stack.length) {
    const step = stack.pop()!
    if (typeof step === 'string') out.push(step)
    else pushChildren(stack, step, wrap)
  }
}

/** The text of the last heading outside `main` that comes before it (the title a page keeps beside the text block). */
function titleBefore(root: Node, main: Node): string | undefined {
  let found: string | undefined
  const stack: Node[] = []
  const pushElements = (node: Node) => {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i]!
      if (typeof c !== 'string' && !c.skip) stack.push(c)
    }
  }
  pushElements(root)
  while (stack.length) {
    const c = stack.pop()!
    if (c === main) break
    if (c.heading && c.cjk > 0) {
      const out: string[] = []
      render(c, out)
      found = out.join('').replace(/\s+/g, ' ').trim()
    } else pushElements(c)
  }
  return found
}

/** All the text under `node`, skipped elements included, as written (for `<pre>`). */
function flat(node: Node): string {
  const out: string[] = []
  const stack: (Node | string)[] = [node]
  while (stack.length) {
    const c = stack.pop()!
    if (typeof c === 'string') out.push(c)
    else for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!)
  }
  return out.join('')
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
  return titleOf(parseHtml(html).title)
}

function titleOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  const parts = decodeHTML(raw)
    .replace(/\s+/g, ' ')
    .trim()
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => /[\u4e00-\u9fff]{2}/.test(p))
  return parts.find((p) => DOCUMENT_WORDS.test(p)) ?? parts[0]
}

/** Finds the charset a page declares in `<meta charset>` or `<meta http-equiv content>`, if any. */
export function findDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 2048))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]
}

/** The main text of a page and the document's part of its title. */
export interface HtmlText {
  /** Lines of text (one per block), with surplus spaces collapsed; '' when the page has no text. */
  text: string
  /** See {@link findPageTitle}. */
  pageTitle?: string
  /** The page has more elements than the reader builds (see html-tree.ts); `text` is then ''. */
  tooManyNodes: boolean
}

/**
 * Extracts the main text and the title of an HTML page, in time linear in its length.
 * @param html the decoded page
 */
export function readHtml(html: string): HtmlText {
  const page = parseHtml(html)
  if (page.tooManyNodes) return { text: '', tooManyNodes: true }
  return { text: mainText(annotate(page.root)), pageTitle: titleOf(page.title), tooManyNodes: false }
}

function mainText(root: Node): string {
  const main = pickMain(root)
  const out: string[] = []
  const title = main === root ? undefined : titleBefore(root, main)
  if (title) out.push(title, '\n')
  render(main, out)
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}
