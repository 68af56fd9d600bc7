/**
 * The codebook's terms that would tag nearly every passage (core broadTerms, computed in the analysis
 * worker where the background statistics live), recomputed when the codebook changes. Empty until
 * known; a failure leaves it empty (the warning is advice, never a gate).
 */
import { useEffect, useEffectEvent, useState } from 'react'
import type { BroadTerm } from '../../../core/align'
import type { Codebook } from '../../../core/themes'
import { broadTermsInWorker } from '../../workers/analysis-client'

export function useBroadTerms(codebook: Codebook, key: string): BroadTerm[] {
  const [found, setFound] = useState<{ key: string; terms: BroadTerm[] }>({ key: '', terms: [] })
  // The key stands for the codebook's content: the effect runs when it changes, with the codebook of then.
  const ask = useEffectEvent((signal: AbortSignal) => broadTermsInWorker(codebook, { signal }))
  useEffect(() => {
    const controller = new AbortController()
    ask(controller.signal).then(
      (terms) => setFound({ key, terms }),
      () => undefined,
    )
    return () => controller.abort()
  }, [key])
  return found.key === key ? found.terms : []
}
