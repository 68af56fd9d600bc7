// Remote images in exported notes become links (no request when the Markdown is rendered elsewhere).
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { containNoteLines } from '../../../src/core/export'
import { linkRemoteImages } from '../../../src/core/export/escape-markdown'

describe('remote images in notes', () => {
  it.each([
    ['![x](http://tracker.example/p.gif)', '[x](http://tracker.example/p.gif)'],
    ['see ![beacon](https://t.example/a?b=1 "t") here', 'see [beacon](https://t.example/a?b=1 "t") here'],
    ['![x](//cdn.example/p.png)', '[x](//cdn.example/p.png)'],
    ['![x](<http://a.example/p q.png>)', '[x](<http://a.example/p q.png>)'],
    ['![ref][logo]', '[ref][logo]'],
    ['`![x](http://a.example/p.gif)` stays code', '`![x](http://a.example/p.gif)` stays code'],
    ['![local](figure.png) and ![d](data:image/png;base64,AAAA)', '![local](figure.png) and ![d](data:image/png;base64,AAAA)'],
    ['no images [a](http://x.example)', 'no images [a](http://x.example)'],
  ])('%s', (input, expected) => {
    expect(linkRemoteImages(input)).toBe(expected)
  })

  it('leaves no remote image in a rendered exported note', () => {
    const note = '对照：![x](http://tracker.example/p.gif)\n\n![y][r]\n\n[r]: https://tracker.example/q.gif'
    const html = new MarkdownIt().render(containNoteLines(note).join('\n'))
    expect(html).not.toContain('<img')
    expect(html).toContain('<a href="http://tracker.example/p.gif">x</a>')
  })
})
