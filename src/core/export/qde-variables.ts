/**
 * Document variables in REFI-QDA: place, year, level and document type as project `Variables` and a
 * `VariableValue` per source. Checked against QualCoder's importer (refi.py, ccbogel/QualCoder at
 * c3204641): `parse_variables` reads `<Variables><Variable guid name typeOfVariable>` before the
 * sources (Text → character, Integer → numeric), and `load_text_source` → `parse_variable_value`
 * reads each `<VariableValue><VariableRef targetGUID/><TextValue|IntegerValue/>` inside a TextSource
 * as a file attribute. MAXQDA writes document variables the same way. Empty values are left out.
 */
import type { DocumentMetadata } from '../import/types'
import { stableGuid } from './qde-xml'

/** One document variable: its name in the target tool, its REFI type and how to read it. */
interface VariableSpec {
  name: string
  type: 'Text' | 'Integer'
  valueOf(m: DocumentMetadata): string | undefined
}

const text = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim())

/** The variables written, in order. */
export const DOCUMENT_VARIABLES: readonly VariableSpec[] = [
  { name: 'place', type: 'Text', valueOf: (m) => text(m.place) },
  { name: 'year', type: 'Integer', valueOf: (m) => (m.year !== undefined && Number.isInteger(m.year) ? String(m.year) : undefined) },
  { name: 'level', type: 'Text', valueOf: (m) => text(m.level) },
  { name: 'type', type: 'Text', valueOf: (m) => text(m.docType) },
]

export const variableGuid = (name: string): string => stableGuid(`variable:${name}`)

/** The `<Variables>` block (indented for the project root). */
export function variablesXml(escapeAttr: (s: string) => string): string[] {
  return [
    '  <Variables>',
    ...DOCUMENT_VARIABLES.map(
      (v) => `    <Variable guid="${variableGuid(v.name)}" name="${escapeAttr(v.name)}" typeOfVariable="${v.type}"/>`,
    ),
    '  </Variables>',
  ]
}

/** A source's `<VariableValue>` elements (indented for a TextSource's children). */
export function variableValuesXml(metadata: DocumentMetadata, escapeText: (s: string) => string): string[] {
  const out: string[] = []
  for (const v of DOCUMENT_VARIABLES) {
    const value = v.valueOf(metadata)
    if (value === undefined) continue
    const element = v.type === 'Integer' ? 'IntegerValue' : 'TextValue'
    out.push(
      '      <VariableValue>',
      `        <VariableRef targetGUID="${variableGuid(v.name)}"/>`,
      `        <${element}>${escapeText(value)}</${element}>`,
      '      </VariableValue>',
    )
  }
  return out
}
