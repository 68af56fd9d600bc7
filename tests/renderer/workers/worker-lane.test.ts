// The document worker's lane: a call that never answers (a handler stuck in a synchronous loop) is
// ended by cancel or by the time limit, its worker terminated, and the next call runs on a new one.
import { afterEach, describe, expect, it } from 'vitest'
import { TIME_LIMIT_ERROR, WorkerLane } from '../../../src/renderer/workers/worker-lane'
import { closeFakeWorkers, fakeWorkers, type handlers } from '../../fixtures/fake-workers'

afterEach(closeFakeWorkers)

describe('WorkerLane', () => {
  it('starts one worker on first use and reuses it', async () => {
    const { spawn, spawned } = fakeWorkers()
    const lane = new WorkerLane<typeof handlers>(spawn, 1000)
    expect(spawned).toHaveLength(0)
    expect(await lane.call('echo', 'a')).toBe('worker a #1')
    expect(await lane.call('echo', 'b')).toBe('worker b #1')
    expect(spawned).toHaveLength(1)
  })

  it('ends a stuck worker on cancel; the next call runs on a fresh one', async () => {
    const { spawn, spawned } = fakeWorkers()
    let restarts = 0
    const lane = new WorkerLane<typeof handlers>(spawn, 60_000, () => restarts++)
    const controller = new AbortController()
    const stuck = lane.call('hang', undefined as never, { signal: controller.signal })
    controller.abort()
    await expect(stuck).rejects.toMatchObject({ name: 'AbortError' })
    expect(spawned[0]!.terminated).toBe(true)
    expect(restarts).toBe(1)
    expect(await lane.call('echo', 'after')).toBe('worker after #2')
  })

  it('ends a stuck worker after the time limit with the given message', async () => {
    const { spawn, spawned } = fakeWorkers()
    const lane = new WorkerLane<typeof handlers>(spawn, 50)
    const stuck = lane.call('hang', undefined as never, { timeLimitMessage: 'big.html: reading it took too long' })
    await expect(stuck).rejects.toMatchObject({ name: TIME_LIMIT_ERROR, message: 'big.html: reading it took too long' })
    expect(spawned[0]!.terminated).toBe(true)
    expect(await lane.call('echo', 'next')).toBe('worker next #2')
  })

  it('fails the calls of a crashed worker with a message and starts a new one', async () => {
    const { spawn, spawned } = fakeWorkers()
    const lane = new WorkerLane<typeof handlers>(spawn, 60_000)
    const running = lane.call('hang', undefined as never)
    spawned[0]!.crash!()
    await expect(running).rejects.toThrow('The background worker stopped unexpectedly (out of memory or a crash); nothing was changed')
    expect(spawned[0]!.terminated).toBe(true)
    expect(await lane.call('echo', 'again')).toBe('worker again #2')
  })

  it('fails the other calls of an ended worker instead of leaving them pending', async () => {
    const { spawn } = fakeWorkers()
    const lane = new WorkerLane<typeof handlers>(spawn, 60_000)
    const controller = new AbortController()
    const other = lane.call('hang', undefined as never)
    const cancelled = lane.call('hang', undefined as never, { signal: controller.signal })
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
    await expect(other).rejects.toThrow(/worker was restarted/)
  })
})
