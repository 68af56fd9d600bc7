/**
 * Cooperative yielding for long worker handlers: lets queued messages (a cancel) through and stops
 * the handler if its call was cancelled. It yields at most once per YIELD_EVERY_MS of work, through a
 * MessageChannel: awaiting setTimeout(0) per document cost at least 4 ms each once timers nest
 * (the HTML clamp), 0.8 s of idling for 200 reports.
 */
import type { RpcContext } from './rpc'

/** Work between two yields; a cancel waits at most about this long. */
export const YIELD_EVERY_MS = 30

function abortError(): Error {
  const error = new Error('The operation was cancelled')
  error.name = 'AbortError'
  return error
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(0)
  })
}

let lastYield = 0

/** Throws an AbortError when the call is cancelled; yields first when the last yield is over YIELD_EVERY_MS ago. */
export async function checkpoint(ctx: RpcContext): Promise<void> {
  if (ctx.signal.aborted) throw abortError()
  if (performance.now() - lastYield < YIELD_EVERY_MS) return
  await nextTask()
  lastYield = performance.now()
  if (ctx.signal.aborted) throw abortError()
}
