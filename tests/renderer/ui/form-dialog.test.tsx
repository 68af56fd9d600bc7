// The dialogs that edit something share one footer: Cancel, and a submit button tied to the form
// (so Enter in a field and a click on Save do the same), labelled Save unless the dialog says otherwise.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { FormDialog } from '../../../src/renderer/ui/FormDialog'
import { translate } from '../../../src/renderer/i18n'

const render = (extra: Partial<Parameters<typeof FormDialog>[0]> = {}) =>
  renderToStaticMarkup(
    <FormDialog title="标题" onClose={() => {}} onSubmit={() => {}} testId="d" {...extra}>
      <input name="place" />
    </FormDialog>,
  )

describe('FormDialog', () => {
  it('ties the submit button to the form around the fields', () => {
    const html = render()
    const formId = /<form id="([^"]+)"/.exec(html)?.[1]
    expect(formId).toBeTruthy()
    expect(html).toContain(`<button type="submit" form="${formId}" class="primary">`)
    expect(html.indexOf('<input name="place"/>')).toBeGreaterThan(html.indexOf('<form'))
    expect(html.indexOf('<input name="place"/>')).toBeLessThan(html.indexOf('</form>'))
  })

  it('offers Cancel and Save in the user’s language, or the label it is given', () => {
    const html = render()
    const locale = html.includes(translate('zh', 'common.save')) ? 'zh' : 'en'
    expect(html).toContain(translate(locale, 'common.cancel'))
    expect(html).toContain(translate(locale, 'common.save'))
    expect(render({ submitLabel: '加入' })).toContain('>加入</button>')
  })

  it('leaves validation to the caller unless native validation is asked for', () => {
    expect(render()).toContain('noValidate')
    expect(render({ nativeValidation: true })).not.toContain('noValidate')
  })

  it('shows the intro above the form and what follows below it', () => {
    const html = render({ intro: <p>前言</p>, after: <p>后记</p> })
    expect(html.indexOf('前言')).toBeLessThan(html.indexOf('<form'))
    expect(html.indexOf('后记')).toBeGreaterThan(html.indexOf('</form>'))
  })
})
