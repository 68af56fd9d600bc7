// The Node PdfTextExtractor: pdf.js's legacy build with no worker, no font loading and no network.
// It only reports positioned text items; joining them into paragraphs is core's job (pdf-text.ts).

import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PdfPage, PdfTextExtractor } from '../../core/import/types'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

/** Loads pdf.js once. Imported by absolute file URL: under tsx's CommonJS transform a bare specifier in import() does not resolve. */
let pdfjsModule: Promise<PdfJs> | undefined
function loadPdfJs(): Promise<PdfJs> {
  const path = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')
  pdfjsModule ??= import(pathToFileURL(path).href) as Promise<PdfJs>
  return pdfjsModule
}

/**
 * pdf.js's predefined CMaps (a folder path ending in a separator, as pdf.js's Node loader expects).
 * Chinese PDFs in a non-embedded font such as STSong-Light (UniGB-UCS2-H) have no text without them.
 */
function cMapFolder(): string {
  return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + sep
}

/**
 * Extracts the text items of a PDF's pages within `limits` (nothing when it has too many pages; it
 * stops after the page where the text passes the character limit).
 * @throws when pdf.js cannot parse the file (the importer turns that into CORRUPT_FILE)
 */
export const extractPdfItems: PdfTextExtractor = async (bytes, limits) => {
  const pdfjs = await loadPdfJs()
  // pdf.js detaches the buffer it is given; copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: cMapFolder(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  try {
    const doc = await task.promise
    const pages: PdfPage[] = []
    if (doc.numPages > limits.maxPages) return { pageCount: doc.numPages, pages }
    let chars = 0
    for (let n = 1; n <= doc.numPages && chars <= limits.maxChars; n++) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items: PdfPage['items'] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        chars += item.str.length
        items.push({
          str: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height || Math.abs(item.transform[3]),
          hasEOL: item.hasEOL,
        })
      }
      pages.push({ width: viewport.width, height: viewport.height, items })
      page.cleanup()
    }
    return { pageCount: doc.numPages, pages }
  } finally {
    await task.destroy()
  }
}
