// Shared fixtures of the export dialog tests: a small two-document library with annotations.
import { describeSelection, hashText, type Annotation } from '../../src/core/anchoring'
import type { StoredDocument } from '../../src/renderer/db/database'

export const TEXT_A = '一、安全生产\n全面落实安全生产责任制，开展隐患排查整治。\n二、生态环境\n空气质量优良天数比例达到95%，新建公园5个。'
export const TEXT_B = '一、民生保障\n新增城镇就业1.2万人。\n二、安全发展\n完善应急管理体系，开展安全生产专项整治。'

export function storedDoc(id: string, text: string, fileName = `${id}.txt`): StoredDocument {
  return {
    id,
    fileName,
    format: 'txt',
    text,
    rawText: text,
    removed: [],
    metadata: {
      title: `${id}政府工作报告`,
      place: id === 'a' ? '甲市' : '乙县',
      level: 'city',
      docType: 'government-work-report',
    } as StoredDocument['metadata'],
    textHash: hashText(text),
    importedAt: 1,
    updatedAt: 1,
  }
}

export function annotation(id: string, documentId: string, text: string, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`fixture quote not in text: ${exact}`)
  const { quote, position } = describeSelection(text, start, start + exact.length)
  return {
    id,
    documentId,
    textHash: hashText(text),
    quote,
    position,
    color: 'yellow',
    themes: [],
    tags: [],
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    anchorStatus: 'exact',
    ...extra,
  }
}

export const DOCS = [storedDoc('a', TEXT_A), storedDoc('b', TEXT_B)]
export const NOTES: Annotation[] = [
  annotation('n1', 'a', TEXT_A, '全面落实安全生产责任制', { themes: ['safety'], tags: ['责任'] }),
  annotation('n2', 'a', TEXT_A, '空气质量优良天数比例达到95%', { themes: ['environment'], color: 'green' }),
  annotation('n3', 'b', TEXT_B, '开展安全生产专项整治', { themes: ['safety'] }),
  annotation('n4', 'b', TEXT_B, '新增城镇就业1.2万人', { tags: ['就业'] }),
]
