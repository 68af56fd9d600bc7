/**
 * Argument parsing and codebook loading shared by the CLI commands: every command takes
 * `--flag`s, `--name value` options and files, and those with themes take `--codebook FILE`.
 */
import { readFile } from 'node:fs/promises'
import { fail, type Result } from '../core/result'
import { builtinCodebook, fromCodebookJson, type Codebook } from '../core/themes'

/** Reads the codebook at `path` (or the built-in one for undefined); fails with a readable message. */
export async function loadCodebook(path: string | undefined): Promise<Result<Codebook>> {
  if (path === undefined) return { ok: true, value: builtinCodebook() }
  let json: string
  try {
    json = await readFile(path, 'utf8')
  } catch (e) {
    return fail('UNREADABLE', `cannot read codebook ${path}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const parsed = fromCodebookJson(json)
  return parsed.ok ? parsed : fail(parsed.error.code, `codebook ${path}: ${parsed.error.message}`)
}

/** Parsed common options: flags, the value options, and the remaining file arguments. */
export interface ParsedArgs {
  flags: Set<string>
  values: Map<string, string>
  files: string[]
}

/** Splits `args` into flags (`--json`), value options (`--top 3`) and files. Fails on unknown options. */
export function parseArgs(args: string[], flagNames: string[], valueNames: string[]): Result<ParsedArgs> {
  const flags = new Set<string>()
  const values = new Map<string, string>()
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      files.push(...args.slice(i + 1))
      break
    }
    if (!a.startsWith('--')) files.push(a)
    else if (flagNames.includes(a)) flags.add(a)
    else if (valueNames.includes(a)) {
      const v = args[++i]
      if (v === undefined) return fail('BAD_ARGS', `${a} needs a value`)
      values.set(a, v)
    } else return fail('BAD_ARGS', `unknown option ${a}`)
  }
  return { ok: true, value: { flags, values, files } }
}
