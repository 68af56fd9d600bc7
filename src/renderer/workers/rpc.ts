/**
 * Typed request/response RPC over `postMessage`, for long work (import, structure, alignment) kept
 * off the window's thread. Each call has an id; the worker may send progress messages before its
 * result; the caller may cancel through an AbortSignal (the worker's handler sees its own signal
 * abort and should stop at the next check). Transport-agnostic: anything with postMessage and
 * message events works (a Worker, `self` inside one, a MessagePort in tests).
 *
 * Usage — worker side:   serveRpc(self, { parse: (text: string, ctx) => parseStructure(text) })
 *         window side:   const rpc = new RpcClient<typeof methods>(new Worker(...)); await rpc.call('parse', text)
 * Errors thrown by a handler reject the call with an Error carrying the same name and message.
 */

/**
 * Progress of a call: `done` of `total` units (pages, files, passages), with an optional label. A
 * handler whose result is a list may send its items as they are finished in `partial` (each item
 * once; the result still holds them all), so the caller can show them before the end.
 */
export interface RpcProgress {
  done: number
  total: number
  label?: string
  partial?: unknown[]
}

/** What a handler gets besides its parameters. */
export interface RpcContext {
  /** Aborts when the caller cancels. */
  signal: AbortSignal
  /** Sends a progress message to the caller. */
  progress(progress: RpcProgress): void
}

/** A table of handlers: one parameter, any (serialisable) result. */
export type RpcHandlers = Record<string, (params: never, ctx: RpcContext) => unknown>

/** The parameter of handler `K` of `H`. */
export type RpcParams<H, K extends keyof H> = H[K] extends (params: infer P, ctx: RpcContext) => unknown ? P : never
/** What handler `K` of `H` resolves to. */
export type RpcResult<H, K extends keyof H> = H[K] extends (...args: never[]) => infer R ? Awaited<R> : never

/** Messages from caller to worker. */
export type RpcRequest = { kind: 'call'; id: number; method: string; params: unknown } | { kind: 'cancel'; id: number }

/** Messages from worker to caller. */
export type RpcResponse =
  | { kind: 'progress'; id: number; progress: RpcProgress }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; name: string; message: string }

/** The minimal shape of a Worker, a worker's `self` or a MessagePort. */
export interface RpcEndpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

/** Options of one call. */
export interface CallOptions {
  signal?: AbortSignal
  onProgress?: (progress: RpcProgress) => void
  /** Buffers to move instead of copy (e.g. a file's bytes). */
  transfer?: Transferable[]
}

/** Error name of a cancelled call. */
export const ABORT_ERROR = 'AbortError'

/** Serves `handlers` on `endpoint` (call inside the worker). Returns a function that stops serving. */
export function serveRpc(endpoint: RpcEndpoint, handlers: RpcHandlers): () => void {
  const running = new Map<number, AbortController>()
  const listener = (event: MessageEvent): void => {
    const request = event.data as RpcRequest
    if (request.kind === 'cancel') {
      running.get(request.id)?.abort()
      return
    }
    const { id, method, params } = request
    const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined
    const controller = new AbortController()
    running.set(id, controller)
    const ctx: RpcContext = {
      signal: controller.signal,
      progress: (progress) => endpoint.postMessage({ kind: 'progress', id, progress } satisfies RpcResponse),
    }
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`Unknown RPC method: ${method}`)
        return handler(params as never, ctx)
      })
      .then(
        (value) => endpoint.postMessage({ kind: 'result', id, value } satisfies RpcResponse),
        (error: unknown) => {
          const err = error instanceof Error ? error : new Error(String(error))
          endpoint.postMessage({ kind: 'error', id, name: err.name, message: err.message } satisfies RpcResponse)
        },
      )
      .finally(() => running.delete(id))
  }
  endpoint.addEventListener('message', listener)
  return () => endpoint.removeEventListener('message', listener)
}

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  onProgress?: (progress: RpcProgress) => void
}

/** The caller's side: typed calls to the handlers `H` served on the other end. */
export class RpcClient<H extends RpcHandlers> {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly listener = (event: MessageEvent): void => this.receive(event.data as RpcResponse)

  constructor(private readonly endpoint: RpcEndpoint) {
    endpoint.addEventListener('message', this.listener)
  }

  /**
   * Calls `method` with `params`. Resolves with its result; rejects with the handler's error, or
   * with an Error named {@link ABORT_ERROR} as soon as `options.signal` aborts.
   */
  call<K extends keyof H & string>(method: K, params: RpcParams<H, K>, options: CallOptions = {}): Promise<RpcResult<H, K>> {
    const id = this.nextId++
    const { signal, onProgress, transfer } = options
    return new Promise<RpcResult<H, K>>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError())
        return
      }
      const onAbort = (): void => {
        if (!this.pending.delete(id)) return
        this.endpoint.postMessage({ kind: 'cancel', id } satisfies RpcRequest)
        reject(abortError())
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      const settle =
        <T>(fn: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort)
          fn(value)
        }
      this.pending.set(id, { resolve: settle(resolve as (v: unknown) => void), reject: settle(reject), onProgress })
      this.endpoint.postMessage({ kind: 'call', id, method, params } satisfies RpcRequest, transfer ?? [])
    })
  }

  /** Stops listening and rejects every pending call with `error` (the caller terminates the worker). */
  dispose(error: Error = new Error('RPC endpoint closed')): void {
    this.endpoint.removeEventListener('message', this.listener)
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }

  private receive(response: RpcResponse): void {
    const pending = this.pending.get(response.id)
    if (!pending) return
    if (response.kind === 'progress') {
      pending.onProgress?.(response.progress)
      return
    }
    this.pending.delete(response.id)
    if (response.kind === 'result') pending.resolve(response.value)
    else {
      const error = new Error(response.message)
      error.name = response.name
      pending.reject(error)
    }
  }
}

function abortError(): Error {
  const error = new Error('The operation was cancelled')
  error.name = ABORT_ERROR
  return error
}
