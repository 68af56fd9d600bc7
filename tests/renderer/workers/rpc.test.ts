// The worker RPC helper over a real MessageChannel: results, errors, progress, cancellation, unknown methods.
import { afterEach, describe, expect, it } from 'vitest'
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { RpcClient, serveRpc, type RpcContext, type RpcEndpoint } from '../../../src/renderer/workers/rpc'

const ports: MessagePort[] = []

// Node's MessagePort delivers `{ data }` events through addEventListener like the browser's.
function channel(): [RpcEndpoint, RpcEndpoint] {
  const { port1, port2 } = new MessageChannel()
  ports.push(port1, port2)
  return [port1 as unknown as RpcEndpoint, port2 as unknown as RpcEndpoint]
}

afterEach(() => {
  for (const port of ports.splice(0)) port.close()
})

const handlers = {
  double: (n: number) => n * 2,
  slowCount: async (n: number, ctx: RpcContext) => {
    for (let i = 1; i <= n; i++) {
      ctx.signal.throwIfAborted()
      ctx.progress({ done: i, total: n })
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    return 'counted'
  },
  fail: (message: string) => {
    const error = new Error(message)
    error.name = 'ParseError'
    throw error
  },
  forever: (_: null, ctx: RpcContext) =>
    new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('stopped')))),
}

function setup() {
  const [worker, window] = channel()
  serveRpc(worker, handlers)
  return new RpcClient<typeof handlers>(window)
}

describe('worker RPC', () => {
  it('returns results of concurrent calls to the right caller', async () => {
    const client = setup()
    expect(await Promise.all([client.call('double', 2), client.call('double', 21), client.call('double', 0)])).toEqual([4, 42, 0])
  })

  it('reports progress before the result', async () => {
    const client = setup()
    const seen: number[] = []
    const result = await client.call('slowCount', 3, { onProgress: (p) => seen.push(p.done) })
    expect(result).toBe('counted')
    expect(seen).toEqual([1, 2, 3])
  })

  it('rejects with the handler error name and message', async () => {
    const client = setup()
    await expect(client.call('fail', 'bad input')).rejects.toMatchObject({ name: 'ParseError', message: 'bad input' })
  })

  it('rejects an unknown method', async () => {
    const client = setup()
    await expect((client as unknown as RpcClient<Record<string, (p: never) => unknown>>).call('nope', undefined as never)).rejects.toThrow(
      /Unknown RPC method/,
    )
  })

  it('cancels: the caller rejects at once with AbortError and the handler sees its signal abort', async () => {
    const client = setup()
    const controller = new AbortController()
    const pending = client.call('forever', null, { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    // The client still works afterwards.
    expect(await client.call('double', 5)).toBe(10)
  })

  it('rejects a call whose signal is already aborted without sending it', async () => {
    const client = setup()
    await expect(client.call('double', 1, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('dispose rejects pending calls', async () => {
    const client = setup()
    const pending = client.call('forever', null)
    client.dispose()
    await expect(pending).rejects.toThrow(/closed/)
  })
})
