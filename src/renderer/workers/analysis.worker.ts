/**
 * The analysis worker: classification, alignment rows, shared wording and year-over-year comparison
 * off the window's thread (handlers and their cache in analysis-handlers.ts; caller in analysis-client.ts),
 * and document structure, parsed here only (analysis-structure.ts, structure-handlers.ts).
 */
import { analysisHandlers } from './analysis-handlers'
import { structureHandlers } from './structure-handlers'
import { serveRpc, type RpcEndpoint } from './rpc'

serveRpc(self as unknown as RpcEndpoint, { ...analysisHandlers, ...structureHandlers })
