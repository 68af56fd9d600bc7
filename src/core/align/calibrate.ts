/**
 * The meaning of an alignment score: the probability (0–1) that a reader would call the two
 * passages the same policy topic. A logistic model over the parts of the ranking score — the direct
 * score (sparse and dense cosines with theme and heading bonuses, less the order penalty of
 * order-prior.ts), the corroboration through third documents and whether the two passages are
 * each other's best match — fitted by
 * build/fit-calibration.ts on the labelled sets 1–2 (the samples, national-gold, heldout). The parts
 * are all computed per pair, so the probability means the same for two documents as for fifty
 * (a raw score grows with the number of third documents; this does not). It deliberately does not
 * rank (see align-passages.ts).
 */
/** Logistic coefficients fitted by build/fit-calibration.ts (see its output in the README). */
export const CALIBRATION = {
  bias: -3.396,
  direct: 6.391,
  support: 0.455,
  mutual: 0.65,
} as const

/**
 * Below this probability a passage has no counterpart in a document (the reader's "no counterpart",
 * year-over-year's "new"): on the labelled sets fewer than one such pair in six is the same topic
 * (reliability table in the README). Above 0.5 a reader would more often than not agree.
 */
export const NO_COUNTERPART_BELOW = 0.15

/** The calibrated probability of a candidate from its parts: direct score, corroboration support and mutual best match. */
export function matchProbability(direct: number, support: number, mutual: boolean): number {
  const logit = CALIBRATION.bias + CALIBRATION.direct * direct + CALIBRATION.support * support + CALIBRATION.mutual * (mutual ? 1 : 0)
  return 1 / (1 + Math.exp(-logit))
}
