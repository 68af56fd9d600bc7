// The units a quantified target is counted in, as Chinese reports write them. Physical and money units
// are unambiguous; counters (个, 项, 条, 位 …) also make idioms with small Chinese numerals (两个维护,
// 一条龙, 五位一体), so extract-figures only accepts counters after Arabic digits or larger numbers.
// Deliberately absent: 年, 月, 日, 号, 期, 届, 次会议 — they make dates, document numbers and ordinals.

/** Units that measure something physical, money, time spans or shares: no idiom risk. */
export const MEASURE_UNITS = [
  '微克/立方米',
  '毫克/立方米',
  '立方米/秒',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '公里',
  '千米',
  '米',
  '吨',
  '千克',
  '公斤',
  '斤',
  '亩',
  '公顷',
  '标准箱',
  '标箱',
  'TEU',
  '元',
  '美元',
  '港元',
  '欧元',
  '个百分点',
  '百分点',
  '%',
  '％',
  '‰',
  '倍',
  '成',
  '人次',
  '场次',
  '批次',
  '架次',
  '户',
  '张床位',
  '床位',
  '小时',
  '分钟',
  '个工作日',
  '工作日',
  '个月',
  '天',
  '周岁',
  '岁',
] as const

/** Counting words: units when they follow digits (49个, 10余家), idioms after small Chinese numerals. */
export const COUNTER_UNITS = [
  '家次',
  '户次',
  '艘次',
  '辆次',
  '个',
  '家',
  '座',
  '条',
  '项',
  '所',
  '张',
  '人',
  '名',
  '位',
  '辆',
  '台',
  '套',
  '间',
  '栋',
  '幢',
  '处',
  '场',
  '次',
  '批',
  '件',
  '宗',
  '株',
  '棵',
  '头',
  '只',
  '艘',
  '架',
  '列',
  '片',
  '块',
  '盏',
  '根',
  '册',
  '份',
  '篇',
  '门',
  '类',
  '种',
  '笔',
  '例',
  '支',
  '部',
  '本',
] as const

/** Units that make a figure a share. */
export const PERCENT_UNITS = new Set(['个百分点', '百分点', '%', '％', '‰'])

const ALL_UNITS = [...new Set<string>([...MEASURE_UNITS, ...COUNTER_UNITS])].sort((a, b) => b.length - a.length)

/** A regex source matching any unit, longest first so 个百分点 wins over 个 and 平方米 over 米. */
export const UNIT_SOURCE = ALL_UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`)).join('|')

const COUNTERS = new Set<string>(COUNTER_UNITS)

/** Units a small Chinese numeral may take without forming an idiom (五亩, 三成 but not 一天, 两个, 最后一公里). */
export const SMALL_CHINESE_NUMERAL_UNITS = new Set([
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '吨',
  '千克',
  '公斤',
  '亩',
  '公顷',
  '元',
  '美元',
  '港元',
  '欧元',
  '成',
  '个百分点',
  '百分点',
])

/** True when `unit` is a counting word (个, 项, 条 …). */
export function isCounter(unit: string): boolean {
  return COUNTERS.has(unit)
}
