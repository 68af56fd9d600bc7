// Decodes HTML/XML character references: numeric (&#12345; &#x4E2D;) and the named entities that
// Chinese web pages actually use. It does not carry the full HTML5 table (2,000+ names) on purpose:
// an unknown name is left as written, which the user can see and fix.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', middot: '·', bull: '•', hellip: '…', mdash: '—', ndash: '–', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', times: '×', divide: '÷', deg: '°', plusmn: '±',
  copy: '©', reg: '®', trade: '™', permil: '‰', yen: '¥', sup2: '²', sup3: '³', hyphen: '-', shy: '',
  zwj: '', zwnj: '',
}

/** Largest valid Unicode code point. */
const MAX_CODE_POINT = 0x10ffff

/** Replaces character references in `s` with the characters they name. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= MAX_CODE_POINT && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m
    }
    const named = NAMED[ref.toLowerCase()]
    return named ?? m
  })
}
