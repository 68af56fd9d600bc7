/**
 * A small WordprocessingML (.docx) writer: paragraphs of plain runs with a paragraph style, and the
 * package around them (content types, relationships, core and app properties, styles, settings),
 * zipped with fflate. Written directly because the `docx` package spent over a second building and
 * serialising an object per run for 10,000 annotations (bench/export.bench.ts); the parts, styles and
 * markup are the ones it produced for this export, without the parts the export never used (numbering,
 * footnotes, endnotes, theme, font table, custom properties).
 */
import { strToU8, zipSync } from 'fflate'
import { xmlAttr, xmlText } from '../text/escape-xml'

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
/** Deflate level: most of the size gain at a fraction of the default level's time, as for .qdpx. */
const ZIP_LEVEL = 1

/** Paragraph styles of the package, by id (Word's own ids, so Word shows them under their usual names). */
export const WORD_STYLES = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', quote: 'Quote' } as const
export type WordStyle = (typeof WORD_STYLES)[keyof typeof WORD_STYLES]

/** A run of text with direct formatting. Tabs and line breaks in `text` become Word's tab and break. */
export interface WordRun {
  text: string
  italics?: boolean
  /** Hex RGB without '#', e.g. '555555'. */
  color?: string
  /** A line break before the text (a new line within the paragraph). */
  breakBefore?: boolean
}

function runXml(run: WordRun): string {
  const props = (run.italics ? '<w:i/><w:iCs/>' : '') + (run.color ? `<w:color w:val="${xmlAttr(run.color)}"/>` : '')
  const lines = run.text.replace(/\r\n?/g, '\n').split('\n')
  const content = lines
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${xmlText(part)}</w:t>`))
        .join('<w:tab/>'),
    )
    .join('<w:br/>')
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${run.breakBefore ? '<w:br/>' : ''}${content}</w:r>`
}

/** One paragraph (`<w:p>`) of runs, in a paragraph style or in Normal. */
export function wordParagraph(runs: readonly WordRun[], style?: WordStyle): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  return `<w:p>${props}${runs.map(runXml).join('')}</w:p>`
}

/** Plain text as one paragraph per line, so line breaks of a note or memo survive as paragraphs. */
export function wordTextParagraphs(text: string, style?: WordStyle): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => wordParagraph(line === '' ? [] : [{ text: line }], style))
}

/** The styles part: Normal, Title, two heading levels and the block quote (indented, italic). */
const STYLES_XML =
  `${XML_DECL}<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault/><w:pPrDefault/></w:docDefaults>' +
  '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:rPr><w:color w:val="2E74B5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:rPr><w:color w:val="2E74B5"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="120" w:after="60"/><w:ind w:left="720"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>' +
  '</w:styles>'

const SETTINGS_XML =
  `${XML_DECL}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'

const CONTENT_TYPES_XML =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>'

const PACKAGE_RELS_XML =
  `${XML_DECL}<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>'

const DOCUMENT_RELS_XML =
  `${XML_DECL}<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${OFFICE_REL}/settings" Target="settings.xml"/>` +
  '</Relationships>'

const APP_XML = `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`

/** A4 portrait with one-inch margins (in twentieths of a point). */
const SECTION_XML =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
  '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
  '<w:docGrid w:linePitch="360"/></w:sectPr>'

export interface WordProperties {
  title: string
  creator: string
  description: string
  /** Created and modified time, and the zip entries' time: the same input gives the same bytes. */
  time: Date
}

function coreXml(p: WordProperties): string {
  const time = p.time.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(p.title)}</dc:title><dc:creator>${xmlText(p.creator)}</dc:creator>` +
    `<dc:description>${xmlText(p.description)}</dc:description><cp:lastModifiedBy>${xmlText(p.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/**
 * The .docx package around `paragraphs` (from wordParagraph / wordTextParagraphs).
 * @returns the zip bytes
 */
export function wordPackage(paragraphs: readonly string[], properties: WordProperties): Uint8Array {
  const document = `${XML_DECL}<w:document xmlns:w="${W_NS}" xmlns:r="${OFFICE_REL}"><w:body>${paragraphs.join('')}${SECTION_XML}</w:body></w:document>`
  const mtime = properties.time
  const part = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(xml), { mtime }]
  return zipSync(
    {
      '[Content_Types].xml': part(CONTENT_TYPES_XML),
      '_rels/.rels': part(PACKAGE_RELS_XML),
      'docProps/core.xml': part(coreXml(properties)),
      'docProps/app.xml': part(APP_XML),
      'word/document.xml': part(document),
      'word/_rels/document.xml.rels': part(DOCUMENT_RELS_XML),
      'word/styles.xml': part(STYLES_XML),
      'word/settings.xml': part(SETTINGS_XML),
    },
    { mtime, level: ZIP_LEVEL },
  )
}
