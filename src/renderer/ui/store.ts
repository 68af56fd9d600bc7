/**
 * A value kept outside React state that components read live: UI state shared by components that do
 * not share a parent (the annotation tools, the lanes' filter, a followed echo's source, the samples'
 * progress). Event handlers read and write it without re-rendering; `useStore` re-renders on change.
 */
import { useSyncExternalStore } from 'react'

export interface Store<T> {
  get(): T
  /** Replaces the value and notifies every subscriber. */
  set(next: T): void
  subscribe(listener: () => void): () => void
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      value = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The store's value, or the part `select` picks of it (re-renders when that changes). */
export function useStore<T>(store: Store<T>): T
export function useStore<T, S>(store: Store<T>, select: (value: T) => S): S
export function useStore<T, S>(store: Store<T>, select?: (value: T) => S): T | S {
  return useSyncExternalStore(store.subscribe, () => (select ? select(store.get()) : store.get()))
}
