// Exports of annotations coded with sub-themes (`<theme>.<sub-theme>`): nested codes in REFI-QDA (a
// theme's sub-themes are its child codes, checked against the schema), nested `#theme/<theme>/<sub>`
// tags in Markdown, `theme` and `subtheme` columns in CSV.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toCsv, toMarkdown, toQdeXml, type ExportInput } from '../../../src/core/export'
import { stableGuid } from '../../../src/core/export/qde-xml'
import { builtinCodebook } from '../../../src/core/themes'
import { REPO, annotate, options, seedInput } from './export-fixtures'

function input(): ExportInput {
  const base = seedInput()
  const doc = base.documents[0]
  const coded = annotate(doc, doc.text.slice(100, 130), { id: 'sub1', themes: ['safety.public_order', 'governance'] })
  return { ...base, codebook: builtinCodebook(), annotations: [coded] }
}

describe('sub-theme exports', () => {
  it("nests each theme's sub-themes as child codes in REFI-QDA, codes selections with them and stays schema-valid", () => {
    const xml = toQdeXml(input(), options())
    const safety = xml.indexOf(`guid="${stableGuid('theme:safety')}"`)
    const child = xml.indexOf(`guid="${stableGuid('theme:safety.public_order')}"`)
    const nextTheme = xml.indexOf(`guid="${stableGuid('theme:ecology')}"`)
    expect(safety).toBeGreaterThan(0)
    // The child code sits inside the safety code, before the next theme's code opens.
    expect(child > safety && child < nextTheme).toBe(true)
    expect(xml.slice(child, nextTheme)).toMatch(/<\/Code>\s*<Code $/)
    expect(xml).toContain('name="社会治安与平安建设 (Public order and policing)"')
    expect(xml).toContain(`<CodeRef targetGUID="${stableGuid('theme:safety.public_order')}"/>`)
    const dir = mkdtempSync(join(tmpdir(), 'bidu-qde-sub-'))
    writeFileSync(join(dir, 'project.qde'), xml)
    const r = spawnSync('xmllint', ['--noout', '--schema', join(REPO, 'tests/fixtures/refi-qda/Project.xsd'), join(dir, 'project.qde')], {
      encoding: 'utf8',
    })
    expect(r.stderr).toContain('validates')
  })

  it('writes nested Obsidian tags and lists the sub-theme with its labels in Markdown', () => {
    const md = toMarkdown(input(), options())
    expect(md).toContain('#theme/safety/public_order')
    expect(md).toContain('#theme/governance')
    expect(md).toContain('id: "safety.public_order"')
    expect(md).toContain('label: "社会治安与平安建设"')
  })

  it('splits theme codes into theme and subtheme columns in CSV', () => {
    const [header, row] = toCsv(input(), options())
      .replace(/^\ufeff/, '')
      .split('\r\n')
    const cols = header.split(',')
    const cells = row.split(',')
    // List cells hold "; " and are quoted (no cell here holds a comma, so a split on commas still works).
    expect(cells[cols.indexOf('theme')]).toBe('"safety; governance"')
    expect(cells[cols.indexOf('subtheme')]).toBe('safety.public_order')
    expect(cells[cols.indexOf('themeLabelsZh')]).toBe('"社会治安与平安建设; 基层治理"')
  })
})
