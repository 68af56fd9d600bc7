/**
 * Shows a note's Markdown as React elements built from markdown-it's tokens — never from HTML
 * strings, so nothing in a note can become markup or script. markdown-it runs with `html: false`
 * (raw HTML stays text); only an allowlist of plain elements is created, with no attributes from the
 * note; links are shown as inert text with their address as a tooltip; images show their alt text.
 */
import MarkdownIt from 'markdown-it'
import { createElement, memo, type ReactNode } from 'react'

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** Elements a note may produce (no attributes are ever copied onto them). */
const ALLOWED_TAGS = new Set('p h1 h2 h3 h4 h5 h6 ul ol li blockquote em strong s code pre hr br table thead tbody tr th td'.split(' '))

interface Open {
  token: Token
  children: ReactNode[]
}

function element(token: Token, children: ReactNode[], key: number): ReactNode {
  if (token.type === 'paragraph_open' && token.hidden) return createElement('span', { key }, ...children)
  if (token.tag === 'a') return createElement('span', { key, className: 'note-link', title: token.attrGet('href') ?? '' }, ...children)
  const tag = ALLOWED_TAGS.has(token.tag) ? token.tag : 'span'
  return createElement(tag, { key }, ...children)
}

function leaf(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'text':
    case 'html_inline':
    case 'html_block':
      return token.content
    case 'softbreak':
      return '\n'
    case 'hardbreak':
      return createElement('br', { key })
    case 'code_inline':
      return createElement('code', { key }, token.content)
    case 'fence':
    case 'code_block':
      return createElement('pre', { key }, createElement('code', null, token.content))
    case 'hr':
      return createElement('hr', { key })
    case 'image':
      return token.content
    default:
      return token.content || null
  }
}

/** Turns a token list (block or inline) into React nodes. */
function build(tokens: readonly Token[]): ReactNode[] {
  const root: ReactNode[] = []
  const stack: Open[] = []
  const out = (): ReactNode[] => (stack.length ? stack[stack.length - 1].children : root)
  tokens.forEach((token, key) => {
    if (token.nesting === 1) stack.push({ token, children: [] })
    else if (token.nesting === -1) {
      const open = stack.pop()
      if (open) out().push(element(open.token, open.children, key))
    } else if (token.type === 'inline') out().push(...build(token.children ?? []))
    else out().push(leaf(token, key))
  })
  // Unbalanced tokens cannot come from markdown-it; if they did, keep their text rather than drop it.
  while (stack.length) {
    const open = stack.pop() as Open
    out().push(...open.children)
  }
  return root
}

/** Renders `source` (a note's Markdown) safely; an empty note renders nothing. */
export const NoteMarkdown = memo(function NoteMarkdown({ source }: { source: string }) {
  if (source.trim() === '') return null
  return <div className="note-markdown">{build(markdown.parse(source, {}))}</div>
})
