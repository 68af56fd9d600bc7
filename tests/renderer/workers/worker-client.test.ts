// The long-lived workers' client: one worker started on first use and kept across cancelled calls
// (its caches survive); a crash fails the pending calls with a clear message and the next call runs
// on a fresh worker.
import { afterEach, describe, expect, it } from 'vitest'
import { ABORT_ERROR } from '../../../src/renderer/workers/rpc'
import { CRASHED, WorkerClient } from '../../../src/renderer/workers/worker-client'
import { closeFakeWorkers, fakeWorkers, type handlers } from '../../fixtures/fake-workers'

afterEach(closeFakeWorkers)

describe('WorkerClient', () => {
  it('starts one worker on first use and reuses it', async () => {
    const { spawn, spawned } = fakeWorkers()
    const client = new WorkerClient<typeof handlers>(spawn)
    expect(spawned).toHaveLength(0)
    expect(await client.call('echo', 'a')).toBe('worker a #1')
    expect(await client.call('echo', 'b')).toBe('worker b #1')
    expect(spawned).toHaveLength(1)
  })

  it('keeps the worker when a call is cancelled', async () => {
    const { spawn, spawned } = fakeWorkers()
    const client = new WorkerClient<typeof handlers>(spawn)
    const controller = new AbortController()
    const hanging = client.call('hang', undefined as never, { signal: controller.signal })
    controller.abort()
    await expect(hanging).rejects.toMatchObject({ name: ABORT_ERROR })
    expect(await client.call('echo', 'after')).toBe('worker after #1')
    expect(spawned[0].terminated).toBe(false)
  })

  it('fails pending calls of a crashed worker and answers the next call on a new one', async () => {
    const { spawn, spawned } = fakeWorkers()
    let crashes = 0
    const client = new WorkerClient<typeof handlers>(spawn, () => crashes++)
    const pending = client.call('hang', undefined as never)
    spawned[0].crash?.()
    await expect(pending).rejects.toThrow(CRASHED)
    expect(spawned[0].terminated).toBe(true)
    expect(crashes).toBe(1)
    expect(await client.call('echo', 'again')).toBe('worker again #2')
  })
})
