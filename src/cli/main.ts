#!/usr/bin/env node
/**
 * Bidu's headless entry: batch use of the core for reproducible research.
 * Prints results on stdout only; diagnostics go to stderr. See ../../README.md and
 * ../shared/eval/README.md for the command contracts.
 */
import type { CliCommand } from './runtime/command'

const COMMANDS: Record<string, () => Promise<{ default: CliCommand }>> = {
  anchor: () => import('./commands/anchor'),
  align: () => import('./commands/align'),
  export: () => import('./commands/export'),
  themes: () => import('./commands/themes'),
  trace: () => import('./commands/trace'),
}

const USAGE = `usage: bidu <command> [options] FILES...

commands:
${Object.keys(COMMANDS)
  .map((c) => `  ${c}`)
  .join('\n')}
`

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(USAGE)
    return name ? 0 : 2
  }
  const load = COMMANDS[name]
  if (!load) {
    process.stderr.write(`bidu: unknown command "${name}"\n${USAGE}`)
    return 2
  }
  const command = (await load()).default
  return command.run(rest, { stdout: process.stdout, stderr: process.stderr })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bidu: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  },
)
