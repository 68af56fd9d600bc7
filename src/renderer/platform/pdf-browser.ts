/**
 * The browser's PDF text extractor for the core importer: pdf.js (pdfjs-dist) with its worker
 * served from our own origin (a Vite `?url` asset, allowed by the CSP). pdf.js is loaded only when
 * a PDF is imported. Text only: no rendering, no fonts, no eval. pdf.js's predefined CMaps are
 * bundled too: Chinese PDFs that use a non-embedded font such as STSong-Light (UniGB-UCS2-H, no
 * ToUnicode) have no readable text without them.
 */
import type { PdfExtraction, PdfPage, PdfTextExtractor, PdfTextItem } from '../../core/import/types'
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

/** URLs of pdf.js's binary CMaps by file path; each is fetched only when a PDF names it. */
const CMAP_URLS = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
  eager: true,
})

/** Called after each page: `done` of `total` pages extracted. */
export type PdfPageProgress = (done: number, total: number) => void

interface PdfJsTextItem {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL?: boolean
}

// Indices into pdf.js's text transform matrix [a, b, c, d, e, f]: e and f are the origin.
const TRANSFORM_X = 4
const TRANSFORM_Y = 5

/** Maps one pdf.js text item to the core's {@link PdfTextItem}. */
export function toPdfTextItem(item: PdfJsTextItem): PdfTextItem {
  const out: PdfTextItem = {
    str: item.str,
    x: item.transform[TRANSFORM_X] ?? 0,
    y: item.transform[TRANSFORM_Y] ?? 0,
    width: item.width,
    height: item.height,
  }
  if (item.hasEOL) out.hasEOL = true
  return out
}

/** The URL of the bundled CMap `name` (e.g. `UniGB-UCS2-H`), or undefined for an unknown name. */
function cMapUrlOf(name: string): string | undefined {
  return Object.entries(CMAP_URLS).find(([path]) => path.endsWith(`/${name}.bcmap`))?.[1]
}

/**
 * Loads CMaps for pdf.js from the bundled assets. pdf.js's own DOM loader reads `document.baseURI`,
 * which a worker does not have; this one only fetches from our origin.
 */
class BundledCMapReader {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const url = cMapUrlOf(name)
    if (!url) throw new Error(`unknown CMap ${name}`)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`CMap ${name} could not be loaded (${response.status})`)
    return { cMapData: new Uint8Array(await response.arrayBuffer()), isCompressed: true }
  }
}

/**
 * Creates a {@link PdfTextExtractor} over pdf.js. Rejects when pdf.js cannot open the file (the
 * core turns that into CORRUPT_FILE); `signal` stops between pages. Within the limits: no page is
 * read when there are too many, and reading stops after the page where the text passes the cap.
 */
export function createBrowserPdfExtractor(onPage?: PdfPageProgress, signal?: AbortSignal): PdfTextExtractor {
  return async (bytes, limits): Promise<PdfExtraction> => {
    const pdfjs = await import('pdfjs-dist')
    pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl
    // pdf.js detaches the buffer it is given; hand it a copy so the caller's bytes stay usable.
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      CMapReaderFactory: BundledCMapReader,
      useWorkerFetch: false,
      // We call pdf.js from our document worker, where it cannot start a worker of its own (it reads
      // window.location) and runs its parser on this thread from workerSrc — already off the UI
      // thread. Errors only, so that expected fallback is not logged as a warning on every import.
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    })
    const pdf = await task.promise
    try {
      const pages: PdfPage[] = []
      if (pdf.numPages > limits.maxPages) return { pageCount: pdf.numPages, pages }
      let chars = 0
      for (let n = 1; n <= pdf.numPages && chars <= limits.maxChars; n++) {
        signal?.throwIfAborted()
        const page = await pdf.getPage(n)
        const viewport = page.getViewport({ scale: 1 })
        const content = await page.getTextContent()
        const items = content.items.filter((item): item is typeof item & PdfJsTextItem => 'str' in item).map(toPdfTextItem)
        pages.push({ width: viewport.width, height: viewport.height, items })
        for (const item of items) chars += item.str.length
        page.cleanup()
        onPage?.(n, pdf.numPages)
      }
      return { pageCount: pdf.numPages, pages }
    } finally {
      await pdf.destroy()
    }
  }
}
