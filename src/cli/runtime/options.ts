/**
 * Argument parsing and codebook loading shared by the CLI commands: every command takes
 * `--flag`s, `--name value` options and files, and those with themes take `--codebook FILE`.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs as parseNodeArgs } from 'node:util'
import { messageOf, fail, type Result } from '../../core/result'
import type { CliIO } from './command'
import { builtinCodebook, fromCodebookJson, type Codebook } from '../../core/themes'

/** Reads the codebook at `path` (or the built-in one for undefined); fails with a readable message. */
async function readCodebook(path: string | undefined): Promise<Result<Codebook>> {
  if (path === undefined) return { ok: true, value: builtinCodebook() }
  let json: string
  try {
    json = await readFile(path, 'utf8')
  } catch (e) {
    return fail('UNREADABLE', `cannot read codebook ${path}: ${messageOf(e)}`)
  }
  const parsed = fromCodebookJson(json)
  return parsed.ok ? parsed : fail(parsed.error.code, `codebook ${path}: ${parsed.error.message}`)
}

/**
 * The codebook of `--codebook` for `command` (the built-in one without the option); undefined after
 * telling stderr why it could not be read (the command then exits 2).
 */
export async function loadCodebook(command: string, path: string | undefined, io: CliIO): Promise<Codebook | undefined> {
  const codebook = await readCodebook(path)
  if (codebook.ok) return codebook.value
  io.stderr.write(`${command}: ${codebook.error.message}\n`)
  return undefined
}

/** Parsed common options: flags, the value options, and the remaining file arguments. */
export interface ParsedArgs {
  flags: Set<string>
  values: Map<string, string>
  files: string[]
}

/**
 * Splits `args` into flags (`--json`), value options (`--top 3` or `--top=3`) and files, with Node's
 * `parseArgs`. Names are given with their dashes. Fails (BAD_ARGS) on unknown options, short options
 * and value options without a value; everything after `--` is a file.
 */
export function parseArgs(args: string[], flagNames: readonly string[], valueNames: readonly string[]): Result<ParsedArgs> {
  const options: Record<string, { type: 'boolean' | 'string' }> = {}
  for (const name of flagNames) options[name.slice(2)] = { type: 'boolean' }
  for (const name of valueNames) options[name.slice(2)] = { type: 'string' }
  let parsed: ReturnType<typeof parseNodeArgs>
  try {
    parsed = parseNodeArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    // Node's message goes on to explain `--` for positionals starting with a dash; the first sentence is enough.
    return fail('BAD_ARGS', messageOf(e).split('. ')[0])
  }
  const flags = new Set<string>()
  const values = new Map<string, string>()
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === true) flags.add(`--${name}`)
    else if (typeof value === 'string') values.set(`--${name}`, value)
  }
  return { ok: true, value: { flags, values, files: parsed.positionals } }
}
