// A PDF's page count as its page tree declares it, read from the bytes before pdf.js opens the file:
// pdf.js walks the whole page tree on opening, which takes tens of seconds for 100,000 pages, so a
// file over the page cap is refused first. Only page-tree nodes written in plain objects are seen;
// one inside a compressed object stream is not, and pdf.js's own count decides after opening.

/** Object starts and ends, and the type of a page-tree node, in one forward pass. */
const TOKENS = /\bobj\b|\bendobj\b|\/Type\s*\/Pages(?![A-Za-z])/g
const COUNT = /\/Count\s+(\d+)/

/**
 * The largest `/Count` of a `/Type /Pages` node (the root's count is the document's page count).
 * @returns undefined when no plain page-tree node is found
 */
export function declaredPageCount(bytes: Uint8Array): number | undefined {
  // latin1 keeps one character per byte, so the PDF syntax reads as ASCII.
  const pdf = new TextDecoder('latin1').decode(bytes)
  let largest: number | undefined
  let objectStart = 0
  let pagesNode = false
  for (const m of pdf.matchAll(TOKENS)) {
    if (m[0] === 'obj') {
      objectStart = m.index
      pagesNode = false
    } else if (m[0] === 'endobj') {
      // Each object's text is searched once, and only a page-tree node's.
      const count = pagesNode ? COUNT.exec(pdf.slice(objectStart, m.index)) : null
      if (count) largest = Math.max(largest ?? 0, Number(count[1]))
      pagesNode = false
    } else pagesNode = true
  }
  return largest
}
