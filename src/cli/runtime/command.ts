/** Where a command writes: results to stdout, diagnostics to stderr. Injected so tests can capture. */
export interface CliIO {
  /** `once('drain')` when the stream has back-pressure (process.stdout): large results wait on it. */
  stdout: { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown }
  stderr: { write(chunk: string): unknown }
}

/** A CLI command: parses its own arguments and returns the process exit code. */
export interface CliCommand {
  summary: string
  run(args: string[], io: CliIO): Promise<number>
}
