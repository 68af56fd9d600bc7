/**
 * A typed client of one long-lived worker (analysis, concordance, export): started on first use,
 * started afresh after it fails to load or crashes, when its pending calls reject. Cancelling a call
 * only cancels that call (rpc.ts), so the worker and its caches live on. A worker that must be ended
 * on cancel or after a time limit (one busy with an untrusted file) is a WorkerLane instead.
 */
import { RpcClient, type CallOptions, type RpcEndpoint, type RpcHandlers, type RpcParams, type RpcResult } from './rpc'

/** What a client needs of a Worker (a fake in tests). */
export interface WorkerLike extends RpcEndpoint {
  terminate(): void
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: MessageEvent) => void): void
}

/** What calls still running on a crashed worker are told. */
export const CRASHED = 'The background worker stopped unexpectedly (out of memory or a crash); nothing was changed'

export class WorkerClient<H extends RpcHandlers> {
  private current: RpcClient<H> | null = null

  /**
   * @param spawn starts the worker
   * @param onCrash called after a crashed worker is ended (e.g. to forget what was sent to it)
   */
  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly onCrash: () => void = () => {},
  ) {}

  /** Calls `method` on the worker, starting it if needed. */
  call<K extends keyof H & string>(method: K, params: RpcParams<H, K>, options: CallOptions = {}): Promise<RpcResult<H, K>> {
    return this.client().call(method, params, options)
  }

  private client(): RpcClient<H> {
    if (this.current) return this.current
    const worker = this.spawn()
    const rpc = new RpcClient<H>(worker)
    // A worker that fails to load or crashes would leave calls pending forever: fail them, start afresh next time.
    const fail = (): void => {
      if (this.current !== rpc) return
      this.current = null
      rpc.dispose(new Error(CRASHED))
      worker.terminate()
      this.onCrash()
    }
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    this.current = rpc
    return rpc
  }
}
