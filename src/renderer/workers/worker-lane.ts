/**
 * A worker that nothing can hold: typed RPC calls (rpc.ts) to a worker started on first use, which
 * is terminated and replaced when a call is cancelled, outlives its time limit, or the worker fails.
 * A handler busy in a synchronous loop never sees a cancel message, so ending the worker is the only
 * way to stop it; the next call starts a fresh one. Calls still running on an ended worker reject.
 */
import { RpcClient, type CallOptions, type RpcHandlers, type RpcParams, type RpcResult } from './rpc'
import { CRASHED, type WorkerLike } from './worker-client'

/** What calls still running on an ended worker are told. */
const RESTARTED = 'The background worker was restarted (another task was cancelled or took too long); try again'

/** Error name of a call stopped by its time limit. */
export const TIME_LIMIT_ERROR = 'TimeLimitError'

/** Options of one call: those of rpc.ts plus the message a timed-out call rejects with. */
export interface LaneCallOptions extends CallOptions {
  /** What the user reads when the call is stopped by the time limit (default: a generic sentence). */
  timeLimitMessage?: string
}

export class WorkerLane<H extends RpcHandlers> {
  private current: { worker: WorkerLike; rpc: RpcClient<H> } | null = null

  /**
   * @param spawn starts a worker
   * @param timeLimitMs longest a call may run before its worker is ended
   * @param onRestart called after a worker is ended (e.g. to drop caches of its results)
   */
  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly timeLimitMs: number,
    private readonly onRestart: () => void = () => {},
  ) {}

  /**
   * Calls `method` on the current worker. Rejects with an AbortError when `options.signal` aborts and
   * with an Error named {@link TIME_LIMIT_ERROR} after the time limit; both end the worker.
   */
  async call<K extends keyof H & string>(method: K, params: RpcParams<H, K>, options: LaneCallOptions = {}): Promise<RpcResult<H, K>> {
    const { timeLimitMessage, ...callOptions } = options
    const lane = this.client()
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeLimit = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new Error(timeLimitMessage ?? `The work took longer than ${this.timeLimitMs / 1000} s and was stopped`)
        error.name = TIME_LIMIT_ERROR
        reject(error)
      }, this.timeLimitMs)
    })
    try {
      return (await Promise.race([lane.rpc.call(method, params as never, callOptions), timeLimit])) as RpcResult<H, K>
    } catch (error) {
      if (error instanceof Error && (error.name === 'AbortError' || error.name === TIME_LIMIT_ERROR)) this.end(lane, RESTARTED)
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  /** Ends the current worker (if any); the next call starts a new one. */
  restart(): void {
    if (this.current) this.end(this.current, RESTARTED)
  }

  private client(): { worker: WorkerLike; rpc: RpcClient<H> } {
    if (this.current) return this.current
    const worker = this.spawn()
    const lane = { worker, rpc: new RpcClient<H>(worker) }
    // A worker that fails to load or crashes would leave calls pending forever: end it.
    worker.addEventListener('error', () => this.end(lane, CRASHED))
    worker.addEventListener('messageerror', () => this.end(lane, CRASHED))
    this.current = lane
    return lane
  }

  /** Ends `lane`'s worker; its calls still running reject with `reason`. */
  private end(lane: { worker: WorkerLike; rpc: RpcClient<H> }, reason: string): void {
    if (this.current !== lane) return
    this.current = null
    lane.rpc.dispose(new Error(reason))
    lane.worker.terminate()
    this.onRestart()
  }
}
