/**
 * Generic policy wording that every Chinese government report repeats (坚持, 推进, 加快, 全面, …):
 * verbs of effort and intensity, and empty nouns (工作, 体系, 机制). Two passages sharing them say
 * nothing about sharing a topic, so the aligner scales their weight down on top of IDF (IDF alone
 * under-punishes them in small corpora, where five documents give every word a similar df). The
 * list is general vocabulary of the genre, not taken from any particular document.
 */
import { bigramKeyOf, type BigramKey } from '../text/tokenize'

/** Weight multiplier for boilerplate words and bigrams: kept a little, because exact phrasing still hints. */
export const BOILERPLATE_FACTOR = 0.2

const WORDS = `坚持 推进 加快 全面 深入 持续 加强 推动 深化 完善 提升 强化 落实 实施 开展 建设 积极 扎实 不断 进一步
  大力 切实 着力 健全 提高 做好 推行 促进 构建 打造 工作 体系 机制 水平 能力 重点 领域 有效 有序 稳妥 统筹 优化 创新
  发展 建立 形成 实现 确保 继续 全力 努力 坚决 严格 依法 全年 一批 以上 累计 同比 增长 完成 万元 亿元 项目 工程 行动
  试点 示范 创建 提质 增效 高质量 新时代 全区 全市 全镇 全县 全省 我们 各类 各项 相关 重要 主要 进行 开展 组织 规范
  常态 长效 专项 重大 基本 服务 管理 保障 制度 政策 措施 任务 目标 要求 部门 单位 群众 社会 人民 城市 区域 方面`

/** Boilerplate words (already folded). */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean))

/** The boilerplate words of two Han characters as bigram keys (bigrams are counted by key). */
const BOILERPLATE_BIGRAMS: ReadonlySet<BigramKey> = new Set([...BOILERPLATE_WORDS].map(bigramKeyOf).filter((k) => typeof k === 'number'))

/** Weight multiplier for a word or a bigram's key: BOILERPLATE_FACTOR for boilerplate, else 1. */
export function boilerplateFactor(term: string | BigramKey): number {
  const boilerplate = typeof term === 'number' ? BOILERPLATE_BIGRAMS.has(term) : BOILERPLATE_WORDS.has(term)
  return boilerplate ? BOILERPLATE_FACTOR : 1
}
