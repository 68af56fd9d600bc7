/**
 * `bidu anchor --text NEW_VERSION --annotations OLD.json`: re-attaches W3C annotations (a collection
 * or a bare array) to a new version of their document and prints the same annotations, in the same
 * order and shape, with each TextPositionSelector moved, the TextQuoteSelector re-read from the new
 * text (fuzzy: new wording), and `"anchorStatus"`: exact | fuzzy | orphan (../shared/eval/README.md).
 * The text goes through the same importer and cleaning as `align`, so offsets match its `text`.
 * Orphans keep their selectors. Counts go to stderr. Exit 0 on success, 1 for unreadable or invalid
 * input, 2 for bad arguments.
 */
import { readFile } from 'node:fs/promises'
import { reanchorAll } from '../../core/anchoring'
import { parseAnnotationCollection, withSelectors } from '../../core/w3c'
import type { CliCommand } from '../runtime/command'
import { loadDocuments } from '../runtime/load-documents'
import { parseArgs } from '../runtime/options'
import { messageOf } from '../../core/result'

const USAGE = 'usage: bidu anchor --text NEW_VERSION_FILE --annotations ANNOTATIONS.json\n'

const command: CliCommand = {
  summary: 're-anchor W3C annotations on a new version of their document',
  async run(args, io) {
    const options = parseOptions(args)
    if (typeof options === 'string') {
      io.stderr.write(`bidu anchor: ${options}\n${USAGE}`)
      return 2
    }
    const { textFile, annotationsFile } = options
    let json: unknown
    try {
      json = JSON.parse(await readFile(annotationsFile, 'utf8'))
    } catch (e) {
      io.stderr.write(`${annotationsFile}: ${e instanceof SyntaxError ? 'not valid JSON' : 'cannot read the file'} (${messageOf(e)})\n`)
      return 1
    }
    const collection = parseAnnotationCollection(json)
    if (!collection.ok) {
      io.stderr.write(`${annotationsFile}: ${collection.error.message}\n`)
      return 1
    }
    const { loaded } = await loadDocuments([textFile], io)
    if (loaded.length === 0) return 1
    const text = loaded[0].doc.text
    const items = collection.value.items
    const { results, counts } = reanchorAll(
      undefined,
      text,
      items.map((i) => i.annotation),
    )
    const out = items.map((item, k) => withSelectors(item.raw, results[k].quote, results[k].position, results[k].status))
    const container = collection.value.container
    io.stdout.write(`${JSON.stringify(container ? { ...container, items: out } : out, null, 2)}\n`)
    io.stderr.write(`anchor: ${counts.exact} exact, ${counts.fuzzy} fuzzy, ${counts.orphan} orphan\n`)
    return 0
  },
}

/** Reads `--text FILE --annotations FILE` (either order); returns a message for anything else. */
function parseOptions(args: string[]): { textFile: string; annotationsFile: string } | string {
  const parsed = parseArgs(args, [], ['--text', '--annotations'])
  if (!parsed.ok) return parsed.error.message
  const { values, files } = parsed.value
  if (files.length > 0) return `unexpected argument ${JSON.stringify(files[0])}`
  const textFile = values.get('--text')
  const annotationsFile = values.get('--annotations')
  if (!textFile || !annotationsFile) return 'both --text and --annotations are required'
  return { textFile, annotationsFile }
}

export default command
