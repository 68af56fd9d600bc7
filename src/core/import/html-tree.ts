// A tolerant HTML tokenizer and tree builder in one left-to-right pass, linear in the page's length
// whatever it holds. Every scan only moves forward: a tag, comment or quoted value left open runs to
// the end of the page and is consumed (as browsers do), raw-text elements (script, style, textarea,
// title …) end at the first matching close tag found by one forward search, and a close tag with no
// open element of its name is ignored in constant time. Regexes that retried at each later `<` when
// no `>` followed, and a page lowercased once per script, made this quadratic (issue 10).
// It keeps only what the main-text heuristic needs: tag names, class and id, and text (entities
// still encoded; the renderer decodes them). It does not build implied elements (p, tbody) or apply
// the adoption agency algorithm: misnested tags close up to the nearest open one of their name.

/** An element of the page: its tag name (lower case), its class and id joined, and its content. */
export interface HtmlElement {
  tag: string
  /** The class and id attribute values, space-separated (for furniture/title heuristics). */
  names: string
  children: (HtmlElement | string)[]
  parent?: HtmlElement
}

/** The parsed page: the tree and the text of its first `<title>`. */
export interface HtmlDocument {
  root: HtmlElement
  /** The first `<title>`'s raw text (entities not decoded); undefined when there is none. */
  title?: string
  /** The page has more than {@link MAX_HTML_NODES} elements and texts: the tree stops there. */
  tooManyNodes: boolean
}

/**
 * Most elements and text runs a page may have: a long report page has tens of thousands. A 50 MB
 * file of bare tags would otherwise build 16 million objects, more than a worker's memory.
 */
export const MAX_HTML_NODES = 1_000_000

/** Elements whose content is text up to their own close tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr'])

const GT = 62
const SLASH = 47
const BANG = 33
const QUESTION = 63
const EQUALS = 61
const DOUBLE_QUOTE = 34
const SINGLE_QUOTE = 39

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 58 || c === 45 || c === 95
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13
}

/** Reads the page left to right; `at` only grows. */
class TreeBuilder {
  private at = 0
  readonly root: HtmlElement = { tag: '#root', names: '', children: [] }
  private current = this.root
  /** How many elements of each name are open: a stray close tag is dropped without walking up. */
  private readonly open = new Map<string, number>()
  private nodes = 0
  title?: string

  constructor(private readonly html: string) {}

  build(): HtmlDocument {
    const { html } = this
    while (this.at < html.length) {
      const lt = html.indexOf('<', this.at)
      if (lt < 0) {
        this.text(html.slice(this.at))
        break
      }
      if (lt > this.at) this.text(html.slice(this.at, lt))
      this.at = lt
      this.markup()
      if (this.nodes > MAX_HTML_NODES) return { root: this.root, title: this.title, tooManyNodes: true }
    }
    return { root: this.root, title: this.title, tooManyNodes: false }
  }

  private text(s: string): void {
    this.nodes++
    this.current.children.push(s)
  }

  /** Position after the next `>` at or after `from` (the end of the page when there is none). */
  private afterGt(from: number): number {
    const gt = this.html.indexOf('>', from)
    return gt < 0 ? this.html.length : gt + 1
  }

  /** Reads the markup starting at the `<` at `this.at`. */
  private markup(): void {
    const { html } = this
    const next = html.charCodeAt(this.at + 1)
    if (html.startsWith('<!--', this.at)) {
      const end = html.indexOf('-->', this.at + 4)
      this.at = end < 0 ? html.length : end + 3
    } else if (html.startsWith('<![CDATA[', this.at)) {
      const end = html.indexOf(']]>', this.at + 9)
      this.at = end < 0 ? html.length : end + 3
    } else if (next === BANG || next === QUESTION) {
      this.at = this.afterGt(this.at + 2)
    } else if (next === SLASH && isLetter(html.charCodeAt(this.at + 2))) {
      const name = this.name(this.at + 2)
      this.at = this.afterGt(this.at + 2 + name.length)
      this.close(name)
    } else if (isLetter(next)) {
      this.startTag()
    } else {
      // A lone `<` (a comparison, `<<`): text.
      this.text('<')
      this.at++
    }
  }

  private name(from: number): string {
    let end = from
    while (end < this.html.length && isNameChar(this.html.charCodeAt(end))) end++
    return this.html.slice(from, end).toLowerCase()
  }

  private startTag(): void {
    const { html } = this
    const tag = this.name(this.at + 1)
    let at = this.at + 1 + tag.length
    let names = ''
    let selfClosing = false
    // Attributes: name, optional `=` and a quoted or bare value; a quote left open ends the page.
    while (at < html.length) {
      const c = html.charCodeAt(at)
      if (c === GT) {
        at++
        break
      }
      if (isSpace(c) || c === SLASH) {
        selfClosing = c === SLASH
        at++
        continue
      }
      let end = at
      while (
        end < html.length &&
        !isSpace(html.charCodeAt(end)) &&
        html.charCodeAt(end) !== GT &&
        html.charCodeAt(end) !== EQUALS &&
        (end === at || html.charCodeAt(end) !== SLASH)
      )
        end++
      const attr = html.slice(at, end).toLowerCase()
      selfClosing = false
      at = end
      while (at < html.length && isSpace(html.charCodeAt(at))) at++
      if (html.charCodeAt(at) !== EQUALS) continue
      at++
      while (at < html.length && isSpace(html.charCodeAt(at))) at++
      const quote = html.charCodeAt(at)
      let value: string
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const close = html.indexOf(String.fromCharCode(quote), at + 1)
        const valueEnd = close < 0 ? html.length : close
        value = html.slice(at + 1, valueEnd)
        at = close < 0 ? html.length : close + 1
      } else {
        let valueEnd = at
        while (valueEnd < html.length && !isSpace(html.charCodeAt(valueEnd)) && html.charCodeAt(valueEnd) !== GT) valueEnd++
        value = html.slice(at, valueEnd)
        at = valueEnd
      }
      if (attr === 'class' || attr === 'id') names = names ? `${names} ${value}` : value
    }
    this.at = at
    const element: HtmlElement = { tag, names, children: [], parent: this.current }
    this.nodes++
    this.current.children.push(element)
    if (RAW_TEXT.has(tag)) {
      const text = this.rawText(tag)
      if (tag === 'title') this.title ??= text
      else element.children.push(text)
      return
    }
    if (VOID.has(tag) || selfClosing) return
    this.current = element
    this.open.set(tag, (this.open.get(tag) ?? 0) + 1)
  }

  /** The content of a raw-text element up to its close tag (consumed too), or to the end of the page. */
  private rawText(tag: string): string {
    const { html } = this
    for (let close = html.indexOf('</', this.at); close >= 0; close = html.indexOf('</', close + 2)) {
      const after = html.charCodeAt(close + 2 + tag.length)
      if (html.slice(close + 2, close + 2 + tag.length).toLowerCase() === tag && !isNameChar(after)) {
        const text = html.slice(this.at, close)
        this.at = this.afterGt(close + 2 + tag.length)
        return text
      }
    }
    const text = html.slice(this.at)
    this.at = html.length
    return text
  }

  /** Closes the nearest open element named `tag` and every element opened inside it. */
  private close(tag: string): void {
    if (!this.open.get(tag)) return
    for (let node: HtmlElement | undefined = this.current; node && node !== this.root; node = node.parent) {
      this.open.set(node.tag, this.open.get(node.tag)! - 1)
      if (node.tag === tag) {
        this.current = node.parent!
        return
      }
    }
  }
}

/**
 * Parses an HTML page into a tree of elements and text, in time linear in its length.
 * @param html the decoded page
 * @returns the tree (never throws; any input gives some tree), cut short after {@link MAX_HTML_NODES}
 *   nodes, and the first `<title>`'s raw text
 */
export function parseHtml(html: string): HtmlDocument {
  return new TreeBuilder(html).build()
}
