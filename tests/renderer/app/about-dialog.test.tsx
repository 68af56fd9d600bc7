// Help → About: a dialog with what Bidu is and where the library lives, as text (no markup from strings).
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { AboutDialog } from '../../../src/renderer/app/AboutDialog'
import { translate } from '../../../src/renderer/i18n'

describe('AboutDialog', () => {
  it('says what Bidu is for and that the library stays on this machine', () => {
    const html = renderToStaticMarkup(<AboutDialog open onClose={() => {}} />)
    expect(html).toContain('data-testid="about-dialog"')
    for (const locale of ['zh', 'en'] as const) {
      if (!html.includes(translate(locale, 'about.title'))) continue
      expect(html).toContain(translate(locale, 'about.description'))
      expect(html).toContain(translate(locale, 'about.dataDesktop').slice(0, 20))
      return
    }
    throw new Error('the dialog shows no known title')
  })
})
