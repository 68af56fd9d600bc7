/**
 * Runs one worker call per input key: starts it when the key changes, cancels the previous call
 * (its result is never shown), reports progress, and keeps the last result on screen while a new one
 * is computed. A null key means "nothing to compute".
 */
import { useEffect, useEffectEvent, useState } from 'react'
import { ABORT_ERROR, type CallOptions, type RpcProgress } from '../../workers/rpc'
import { messageOf } from '../../../core/result'

/** State of a worker task. `value` is the latest finished result (possibly for an older key). */
export interface TaskState<T> {
  status: 'idle' | 'running' | 'ready' | 'failed'
  value?: T
  progress?: RpcProgress
  error?: string
  /** The key `value` was computed for. */
  valueKey?: string
  /** While running: the items of the result sent so far with the progress (see RpcProgress.partial). */
  partial?: unknown[]
}

/** Calls `run` whenever `key` changes (not when `run` does: the key must capture every input). */
export function useWorkerTask<T>(key: string | null, run: (options: CallOptions) => Promise<T>): TaskState<T> {
  const [state, setState] = useState<TaskState<T>>({ status: 'idle' })
  const start = useEffectEvent(run)
  useEffect(() => {
    if (key === null) {
      setState((s) => ({ ...s, status: 'idle', progress: undefined }))
      return
    }
    const controller = new AbortController()
    setState((s) => ({ ...s, status: 'running', progress: undefined, error: undefined, partial: undefined }))
    const onProgress = (progress: RpcProgress): void =>
      setState((s) => {
        if (s.status !== 'running') return s
        const partial = progress.partial ? [...(s.partial ?? []), ...progress.partial] : s.partial
        return { ...s, progress, partial }
      })
    start({ signal: controller.signal, onProgress }).then(
      (value) => setState({ status: 'ready', value, valueKey: key }),
      (error: unknown) => {
        if (error instanceof Error && error.name === ABORT_ERROR) return
        setState((s) => ({ ...s, status: 'failed', error: messageOf(error) }))
      },
    )
    return () => controller.abort()
  }, [key])
  return state
}
