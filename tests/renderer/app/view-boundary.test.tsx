// A view that throws while rendering shows a recoverable message (reason, try again) instead of a blank window.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { ViewBoundary } from '../../../src/renderer/app/ViewBoundary'
import { translate } from '../../../src/renderer/i18n'

function failedMarkup(error: unknown): string {
  const boundary = new ViewBoundary({ children: <p>the view</p> })
  boundary.state = ViewBoundary.getDerivedStateFromError(error)
  return renderToStaticMarkup(<>{boundary.render()}</>)
}

describe('ViewBoundary', () => {
  it('renders its view while nothing failed', () => {
    const boundary = new ViewBoundary({ children: <p>the view</p> })
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe('<p>the view</p>')
  })

  it('shows the reason and a retry button when the view threw (e.g. a row without metadata)', () => {
    const html = failedMarkup(new TypeError("Cannot read properties of undefined (reading 'title')"))
    expect(html).toContain('data-testid="view-failed"')
    expect(html).toContain('role="alert"')
    expect(html).toContain('reading &#x27;title&#x27;')
    const known = (['en', 'zh'] as const).find((locale) => html.includes(translate(locale, 'app.viewFailed')))
    expect(known).toBeDefined()
    expect(html).toContain(translate(known!, 'app.retryView'))
    expect(html).not.toContain('the view')
  })

  it('treats a thrown null or string as a failure too', () => {
    expect(failedMarkup(null)).toContain('view-failed')
    expect(failedMarkup('boom')).toContain('boom')
  })
})
