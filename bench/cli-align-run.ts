/**
 * Child process of bench/cli-align.bench.ts: runs `align --json` on the files given, with stdout to
 * OUT (a file), then prints `{"ms", "cpuMs", "maxRssMb"}` on stderr's last line, so the parent measures
 * the command's own wall and CPU time (user + system, all threads) and peak memory in a fresh
 * process. Not a benchmark by itself.
 */
import { createWriteStream } from 'node:fs'
import align from '../src/cli/commands/align'

async function main(): Promise<void> {
  const [out, ...args] = process.argv.slice(2)
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const stream = createWriteStream(out)
  const code = await align.run(args, { stdout: stream, stderr: process.stderr })
  await new Promise<void>((resolve) => stream.end(resolve))
  const ms = Math.round(performance.now() - t0)
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000)
  process.stderr.write(`\n${JSON.stringify({ code, ms, cpuMs, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`)
}

void main()
