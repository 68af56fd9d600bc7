/**
 * Child process of bench/cli-align.bench.ts: runs `align --json` on the files given, with stdout to
 * OUT (a file), then prints `{"ms", "maxRssMb"}` on stderr's last line, so the parent measures the
 * command's own time and peak memory in a fresh process. Not a benchmark by itself.
 */
import { createWriteStream } from 'node:fs'
import align from '../src/cli/commands/align'

async function main(): Promise<void> {
  const [out, ...args] = process.argv.slice(2)
  const t0 = performance.now()
  const stream = createWriteStream(out)
  const code = await align.run(args, { stdout: stream, stderr: process.stderr })
  await new Promise<void>((resolve) => stream.end(resolve))
  process.stderr.write(
    `\n${JSON.stringify({ code, ms: Math.round(performance.now() - t0), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  )
}

void main()
