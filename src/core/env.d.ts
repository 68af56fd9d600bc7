// The few web-platform globals that the core may use. They exist in every runtime the core targets
// (Node ≥ 20, browsers, Web Workers), unlike DOM or Node-only APIs, which the core tsconfig excludes.

interface TextDecoderOptions {
  fatal?: boolean
  ignoreBOM?: boolean
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions)
  readonly encoding: string
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
