/**
 * Corpus analysis for the compare views: classification, theme shares and alignment computed in the
 * analysis worker, with progress and cancellation. Views read it through these hooks.
 */
import './analysis.css'

export {
  useCorpusAnalysis,
  useCorpusShares,
  useDocuments,
  toAnalysisInput,
  type AnalysisTask,
  type CorpusAnalysis,
} from './useCorpusAnalysis'
export { useWorkerTask, type TaskState } from './useWorkerTask'
export { AnalysisProgress } from './AnalysisProgress'
export { AnalysisPrewarm } from './AnalysisPrewarm'
export type { AnalysedPassage, DocumentShares, RowMember, ThemeRows } from '../../workers/analysis-handlers'
export { useTracePairs, type TracePairs } from './useTracePairs'
export { useDocumentEchoes } from './useDocumentEchoes'
