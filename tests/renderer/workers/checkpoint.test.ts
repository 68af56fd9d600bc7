// The analysis worker's cooperative yield: cancellation is seen at once, and yielding costs little
// (awaiting a timer per document idled at least 1-4 ms each, seconds for a large library).
import { describe, expect, it } from 'vitest'
import { checkpoint, YIELD_EVERY_MS } from '../../../src/renderer/workers/checkpoint'
import type { RpcContext } from '../../../src/renderer/workers/rpc'

function ctxWith(controller: AbortController): RpcContext {
  return { signal: controller.signal, progress: () => {} }
}

describe('checkpoint', () => {
  it('stops a cancelled call with an AbortError', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(checkpoint(ctxWith(controller))).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('passes a running call, and a thousand checkpoints cost far less than a timer each', async () => {
    const ctx = ctxWith(new AbortController())
    const t0 = performance.now()
    for (let i = 0; i < 1000; i++) await checkpoint(ctx)
    expect(performance.now() - t0).toBeLessThan(300)
  })

  it('yields after a long slice of work, so a cancel sent meanwhile is seen', async () => {
    const controller = new AbortController()
    const ctx = ctxWith(controller)
    await checkpoint(ctx)
    const until = performance.now() + YIELD_EVERY_MS + 5
    while (performance.now() < until) {
      // busy, as classification is
    }
    // The cancel arrives as a message while the handler works; it is delivered at the yield.
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      controller.abort()
      channel.port1.close()
    }
    channel.port2.postMessage('cancel')
    await expect(checkpoint(ctx)).rejects.toMatchObject({ name: 'AbortError' })
  })
})
