// The tracing overlay's shades: the text nodes keep exactly the document's characters in order (so
// selection offsets still count through them), an echo carries its index and acts as a link.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { renderShaded } from '../../../src/renderer/text-view/shaded-spans'

const TEXT = '坚持绿水青山就是金山银山的理念，加快建设美丽城区。'
const html = (nodes: ReturnType<typeof renderShaded>) => renderToStaticMarkup(<p>{nodes}</p>)

describe('renderShaded', () => {
  it('wraps echoes around the text and keeps every character in order', () => {
    const out = html(
      renderShaded(TEXT, 0, TEXT.length, [{ start: 2, end: 15, kind: 'echo', index: 4, title: 'from the reference' }], [], 'k'),
    )
    expect(out).toContain('data-echo="4"')
    expect(out).toContain('role="link"')
    expect(out.replace(/<[^>]+>/g, '')).toBe(TEXT)
  })

  it('draws the source mark without a link and nothing extra without shades', () => {
    expect(html(renderShaded(TEXT, 0, 10, [{ start: 0, end: 4, kind: 'source' }], [], 'k'))).not.toContain('role="link"')
    expect(html(renderShaded(TEXT, 0, 10, [], [], 'k'))).toBe(`<p>${TEXT.slice(0, 10)}</p>`)
  })

  it('escapes text as text, never as HTML', () => {
    const text = '<b>加强</b>生态环境保护'
    expect(html(renderShaded(text, 0, text.length, [{ start: 0, end: 5, kind: 'echo', index: 0 }], [], 'k'))).toContain('&lt;b&gt;')
  })
})
