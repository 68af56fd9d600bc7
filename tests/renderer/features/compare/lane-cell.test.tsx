// A lane cell clamps a long passage to a few lines and lays out only its beginning (the economy lanes
// scrolled with long tasks while every clamped cell held its whole text); a short one is shown whole.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LaneCell } from '../../../../src/renderer/features/compare/LaneCell'
import type { LanePassage } from '../../../../src/renderer/features/compare/useThemeLanes'

const noop = (): void => undefined

function cell(text: string): string {
  const passage: LanePassage = { docId: 'd1', passageId: 'p0', start: 0, end: text.length, quoteHash: 'h', text, rowLabel: [] }
  return renderToStaticMarkup(<LaneCell passage={passage} docText={text} shared={[]} onLink={noop} onOpen={noop} />)
}

describe('LaneCell', () => {
  it('renders the beginning of a long passage, clamped, with its offsets', () => {
    const text = `${'强化安全生产监管。'.repeat(40)}结尾句子不在这里`
    const html = cell(text)
    expect(html).toContain('lane-clamped')
    expect(html).toContain('data-start="0"')
    expect(html).toContain('强化安全生产监管。')
    expect(html).not.toContain('结尾句子不在这里')
    expect(html.length).toBeLessThan(text.length * 2)
  })

  it('renders a short passage whole, unclamped', () => {
    const html = cell('常态化开展扫黑除恶斗争。')
    expect(html).not.toContain('lane-clamped')
    expect(html).toContain('常态化开展扫黑除恶斗争。')
    expect(html).toContain('data-end="12"')
  })
})
