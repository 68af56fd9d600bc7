/**
 * Takes the README's screenshot of the theme lanes on a library of about 60 reports: the five
 * samples, the 52 national work reports and three generated district reports (bench/generate-corpus.ts),
 * compared as one set on work safety. Needs /usr/bin/chromium and CJK fonts (fonts-noto-cjk).
 *
 *   npx tsx build/screenshot-lanes.ts [out=docs/screenshot-lanes.png]
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCorpus } from '../bench/generate-corpus'
import { launchChromium, serveWebBuild } from '../bench/serve-web'
import { nationalReports } from '../tests/fixtures/corpora/national-reports'

const ROOT = join(import.meta.dirname, '..')
const PORT = Number(process.env.BIDU_E2E_PORT ?? 4291)
const OUT = process.argv[2] ?? join(ROOT, 'docs', 'screenshot-lanes.png')

function libraryFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bidu-shot-'))
  const write = (name: string, text: string): string => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  return [
    ...nationalReports().map((r) => write(`${r.title}.txt`, `${r.title}\n${r.text}\n`)),
    ...generateCorpus({ count: 3, charsPerDocument: 12_000, seed: 7 }).map((g) => write(g.name, g.text)),
  ]
}

async function main(): Promise<void> {
  const served = await serveWebBuild(PORT, mkdtempSync(join(tmpdir(), 'bidu-shot-web-')))
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
    await page.goto(served.url)
    await page.getByTestId('library-row').nth(4).waitFor({ timeout: 60_000 })
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '导入文件…' }).click()
    await (await chooser).setFiles(libraryFiles())
    await page.getByTestId('import-summary').waitFor({ timeout: 300_000 })
    // Reports sharing place, year and type stay separate documents.
    const separate = page.getByRole('dialog').getByRole('button', { name: '作为单独文件' })
    while ((await separate.count()) > 0) await separate.first().click()
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()
    await page.getByRole('navigation').getByRole('button', { name: '主题对照', exact: true }).click()
    const sets = page.getByTestId('set-chooser')
    await sets.getByRole('radio', { name: '按层级' }).check()
    await sets.getByRole('combobox').selectOption('all')
    await sets.getByRole('textbox').fill('全部 60 份')
    await sets.getByRole('button', { name: '保存并比较' }).click()
    await page.getByTestId('theme-picker').selectOption('safety')
    await page.getByTestId('lane-row').nth(1).waitFor({ timeout: 300_000 })
    await page.waitForTimeout(1_500)
    await page.screenshot({ path: OUT })
    process.stdout.write(`${OUT}\n`)
  } finally {
    await browser.close()
    served.stop()
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
})
