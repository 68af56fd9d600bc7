/**
 * Draws the app icon (build/resources/icon.png, 1024×1024 RGBA): two pages side by side on a blue
 * tile — comparative reading — with lines of text and one highlighted line on each. electron-builder
 * derives the macOS .icns, the Windows .ico and the Linux sizes from it. Pure Node (zlib for the PNG),
 * so it runs anywhere: `npx tsx build/make-icon.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const SIZE = 1024
type Rgba = [number, number, number, number]
const TILE: Rgba = [0x1f, 0x4e, 0x79, 255]
const PAGE: Rgba = [0xfa, 0xfa, 0xf5, 255]
const LINE: Rgba = [0x9a, 0xa5, 0xb1, 255]
const MARK: Rgba = [0xf2, 0xb7, 0x05, 255]

const pixels = new Uint8Array(SIZE * SIZE * 4)

/** Fills a rectangle with rounded corners of radius `r` (antialiasing is not needed at this size). */
function fill(x0: number, y0: number, x1: number, y1: number, r: number, color: Rgba): void {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r - 1))
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r - 1))
      if (dx * dx + dy * dy > r * r) continue
      pixels.set(color, (y * SIZE + x) * 4)
    }
  }
}

fill(64, 64, 960, 960, 180, TILE)
for (const [left, marked] of [
  [170, 3],
  [540, 5],
] as const) {
  fill(left, 200, left + 314, 824, 28, PAGE)
  for (let i = 0; i < 9; i++) {
    const y = 262 + i * 60
    fill(left + 40, y, left + 274 - (i % 3) * 30, y + 22, 11, i === marked ? MARK : LINE)
  }
}

/** A PNG file: signature, IHDR, one IDAT (filter 0 on every row), IEND. */
function encodePng(rgba: Uint8Array, size: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, 'ascii')
    const tail = Buffer.alloc(4)
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0)
    return Buffer.concat([head, data, tail])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

writeFileSync(join(import.meta.dirname, 'resources', 'icon.png'), encodePng(pixels, SIZE))
