/**
 * The built-in codebook: the recurring themes of Chinese government work reports and action plans,
 * with stable ids, labels, colours and weighted terms. Terms come from the general vocabulary of
 * these reports (national and local), not from any particular document. Weights: 3 for a term that
 * names the theme on its own (`安全生产`, `碳达峰`), 2 for a strong but broader term, 1 for a term that
 * only supports other evidence; 0 for an excluded phrase, a common expression of another topic that
 * contains one of the theme's short terms (`营商环境` is not the environment, `自治区` is not
 * self-governance). It deliberately holds no matching logic (see classify-passages.ts).
 */
import { builtinSubthemes } from './builtin-subthemes'
import type { Codebook, Theme, ThemeTerm } from './types'

/** Weight of a term that names the theme unambiguously. */
const STRONG = 3
/** Weight of a term that usually, but not always, means the theme. */
const MEDIUM = 2
/** Weight of a term that only supports other evidence. */
const WEAK = 1
/** Weight of an excluded phrase: never evidence, it hides the shorter terms inside it. */
const EXCLUDED = 0

function weighted(weight: number, list: string): ThemeTerm[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => ({ term, weight }))
}

function theme(id: string, labelZh: string, labelEn: string, color: string, terms: ThemeTerm[][]): Theme {
  return { id, labelZh, labelEn, color, terms: terms.flat() }
}

/**
 * The environmental-attention word list used in the economics literature to measure how much a
 * government's work report talks about the environment (frequency per 10,000 characters).
 */
export const ENVIRONMENT_WORDS: readonly string[] = [
  '环保',
  '环境保护',
  '污染',
  '能耗',
  '减排',
  '排污',
  '生态',
  '绿色',
  '低碳',
  '空气',
  '化学需氧量',
  '二氧化硫',
  '二氧化碳',
  'PM10',
  'PM2.5',
]

const SAFETY = theme('safety', '公共安全', 'Public safety', '#d62728', [
  weighted(
    STRONG,
    `公共安全 安全生产 应急管理 应急救援 应急处置 应急响应 应急预案 应急避难 防灾减灾 综合减灾
    消防 食品安全 药品安全 食品药品 食安 扫黑除恶 治安防控 社会治安 平安建设 平安创建 隐患排查 安全隐患 防汛 抗旱 三防
    森林防火 森林火灾 自然灾害 地质灾害 除险加固 燃气安全 危险化学品 危化品 电信网络诈骗 违法犯罪 安全监管
    维护社会稳定 社会大局稳定 涉稳 突发事件 安全事故 生产安全 交通安全 校园安全 禁毒 反恐 智慧警务 雪亮工程
    防范化解重大风险 安全发展 本质安全 救援队伍 救灾 抢险 台风 洪涝 三小场所 九小场所 特种设备 安全防范 治本攻坚`,
  ),
  weighted(MEDIUM, `安全 应急 隐患 灾害 救援 火灾 治安 犯罪 诈骗 平安 警务 公安 监控 专项整治 大排查 风险防控 防控体系`),
  weighted(WEAK, `风险 防范 监管 排查 整治 执法检查 稳定`),
  weighted(
    EXCLUDED,
    `粮食安全 能源安全 生态安全 产业安全 产业链安全 供应链安全 产业链供应链安全 金融安全 经济安全 金融风险
    债务风险`,
  ),
])

const ECOLOGY = theme('ecology', '生态环境', 'Ecology and environment', '#2ca02c', [
  weighted(
    STRONG,
    `环保 环境保护 污染 能耗 减排 排污 生态 绿色 低碳 空气 化学需氧量 二氧化硫 二氧化碳 PM10 PM2.5
    碳达峰 碳中和 双碳 碳排放 零碳 节能 大气 臭氧 水质 河长制 湖长制 河湖长 河长 湖长 林长制 水环境 水生态 治水
    黑臭水体 污水 垃圾分类 生活垃圾 固体废物 固废 无废城市 土壤 扬尘 蓝天 碧水 净土 环境质量 优良天数 空气质量
    水土保持 水土流失 植树造林 造林 森林覆盖率 湿地 生物多样性 自然保护地 国土绿化 环境治理 环境整治 三线一单
    生态保护红线 清洁能源 环境督察 环保督察 节水 饮用水源 水源地 秸秆 尾气 噪声 绿水青山 美丽中国 海洋环境
    近岸海域 入河排污口 入海排污口 碳汇 碳交易 环境风险 危险废物 再生资源 循环经济 资源循环`,
  ),
  weighted(
    MEDIUM,
    `排放 水库 河道 河湖 流域 海堤 岸线 绿化 造林绿化 巡河 湿地公园 山体 修复 分区管控 环境 资源节约 清洁
    水资源 水体 水域 新能源汽车 光伏`,
  ),
  weighted(WEAK, `碳 治污 整治提升 公园`),
  weighted(
    EXCLUDED,
    `政治生态 创新生态 创业生态 产业生态 科研生态 科技生态 数字生态 营商生态 商业生态 金融生态 网络生态
    舆论生态 人才生态 发展生态 服务生态 开放生态 应用生态 平台生态 软件生态 文化生态 绿色通道 信用修复
    营商环境 投资环境 发展环境 市场环境 法治环境 政策环境 政务环境 创新环境 创业环境 人才环境 消费环境 就业环境
    国际环境 周边环境 外部环境 社会环境 舆论环境 网络环境 和平环境 合作环境 学习环境 教学环境 办学环境 育人环境
    成长环境 就医环境 人文环境 文化环境 经营环境 金融环境 信用环境 竞争环境 制度环境 政治环境`,
  ),
])

const GOVERNANCE = theme('governance', '基层治理', 'Grassroots and social governance', '#1f77b4', [
  weighted(
    STRONG,
    `基层治理 社会治理 网格 网格化 网格员 综合网格 社区治理 居民自治 村民自治 基层民主 民主协商 协商议事 议事会
    矛盾纠纷 人民调解 调解 多元化解 枫桥经验 信访 接访 下访 志愿服务 志愿者 社会组织 社工 业委会 业主委员会
    共建共治共享 微治理 楼长 三治融合 群防群治 市域社会治理 12345 接诉即办 居委会 村委会 村规民约 居民公约
    网格管理 基层组织 共治 善治 邻里 社区服务 党群服务`,
  ),
  weighted(MEDIUM, `社区 小区 物业 协商 纠纷 党建引领 居民 村民 街道 议事 热线 诉求办理 群众诉求 自治 诉求 治理体系 治理能力`),
  weighted(WEAK, `治理 基层 群众 服务中心 化解`),
  weighted(EXCLUDED, `自治区 自治州 自治县 自治旗 区域自治 政治协商 居民收入 居民人均 居民消费 城乡居民 居民医保 居民养老`),
])

const ECONOMY = theme('economy', '经济发展', 'Economic development', '#ff7f0e', [
  weighted(
    STRONG,
    `地区生产总值 生产总值 GDP 固定资产投资 招商引资 营商环境 制造业 商圈 商贸 外贸 进出口 外资 民营经济 市场主体
    一般公共预算收入 升规纳统 规上工业 规模以上 自贸 总部经济 数字经济 楼宇经济 会展 跨境电商 航运 航线 港口 物流
    消费 产业链 产业园 实体经济 现代服务业 现代产业 招商 稳增长 投资 项目建设 重点项目 财政收入 税收`,
  ),
  weighted(MEDIUM, `经济 产业 工业 企业 服务业 电商 金融 开放 贸易 市场 增长 园区 楼宇 产值 营收 销售`),
  weighted(WEAK, `项目 发展 增速 亿元 万元`),
])

const INNOVATION = theme('innovation', '科技创新', 'Science and innovation', '#17becf', [
  weighted(
    STRONG,
    `科技创新 研发 高新技术 专精特新 人工智能 数字化转型 孵化 知识产权 专利 创新平台 实验室 新质生产力 智能制造
    产学研 科研 技术攻关 成果转化 创新驱动 科技型 独角兽 瞪羚 工业互联网 大数据 云计算 区块链 5G`,
  ),
  weighted(MEDIUM, `创新 科技 人才 技术 数字化 智能化 创客 双创`),
  weighted(WEAK, `数字 智慧 平台`),
])

const LIVELIHOOD = theme('livelihood', '民生保障', 'Livelihood and social security', '#e377c2', [
  weighted(
    STRONG,
    `民生 就业 社会保障 社保 养老 托育 低保 社会救助 残疾人 困难群众 兜底 住房保障 保障性住房 保障房 退役军人
    优抚 最低工资 稳岗 失业 民生实事 一老一小 助残 慈善 特困 孤寡 留守儿童 居家养老 长者 公租房 人才住房 创业担保`,
  ),
  weighted(MEDIUM, `创业 救助 安居 老年人 儿童 妇女 居民收入 技能培训 帮扶 关爱 菜篮子 保供 社会福利`),
  weighted(WEAK, `收入 群众 保障 福利`),
])

const EDUCATION = theme('education', '教育', 'Education', '#bcbd22', [
  weighted(
    STRONG,
    `教育 学校 中小学 幼儿园 学位 学前教育 义务教育 职业教育 高中 高校 教师 师资 课后服务 办学 教育集团 校园 学生
    招生 课程 素质教育 特殊教育 托管 研学`,
  ),
  weighted(MEDIUM, `学前 培训 书香 学习型 教学`),
])

const HEALTH = theme('health', '卫生健康', 'Health', '#8c564b', [
  weighted(
    STRONG,
    `医疗 医院 医保 医共体 疾控 疫情防控 公共卫生 基层医疗 家庭医生 中医 妇幼 健康城市 爱国卫生 疫苗 卫生院
    卫生服务 医务 床位 诊疗 门诊 健康管理 传染病 分级诊疗 医联体 就医 看病`,
  ),
  weighted(MEDIUM, `健康 卫生 疫情 核酸 医生 药品 护理`),
])

const CULTURE = theme('culture', '文化体育旅游', 'Culture, sport and tourism', '#9467bd', [
  weighted(
    STRONG,
    `文化 文明城市 旅游 文旅 体育 全民健身 非遗 非物质文化遗产 文物 博物馆 图书馆 公共文化 文明实践 精神文明
    历史文化 景区 赛事 文艺 演出 影视 书香 红色文化 文化馆 健身 旅游业 游客 民宿`,
  ),
  weighted(MEDIUM, `文明 艺术 传统 节庆 休闲 运动`),
])

const URBAN = theme('urban', '城市建设与管理', 'Urban construction and management', '#7f7f7f', [
  weighted(
    STRONG,
    `城市更新 城市管理 城管 数字城管 城中村 旧改 旧村改造 老旧小区 棚户区 市政 地铁 轨道交通 公交 停车 管网
    海绵城市 智慧城市 城市品质 市容 环境卫生 口袋公园 拆违 违建 违法建筑 路网 充电桩 公厕 城市质量 城市治理
    供水 排水 电网 绿道 国土空间 立面 三旧改造 更新改造`,
  ),
  weighted(MEDIUM, `道路 交通 基础设施 燃气 街区 城市 城区 景观 照明 片区 规划 土地 建筑 住房 桥梁 公园 品质 提升改造`),
  weighted(WEAK, `工程`),
])

const RURAL = theme('rural', '乡村振兴与农业', 'Rural revitalisation and agriculture', '#f5c400', [
  weighted(
    STRONG,
    `乡村振兴 农业 农村 农民 村集体 集体经济 耕地 粮食 渔业 农产品 美丽乡村 和美乡村 人居环境 村庄 村容村貌
    高标准农田 脱贫 巩固拓展脱贫攻坚成果 土地流转 合作社 农房 宅基地 种业 涉农 三农 乡村 农文旅 林果 果蔬 畜牧`,
  ),
  weighted(MEDIUM, `种植 养殖 村级 农 村 庭院`),
])

const GOVERNMENT = theme('government', '政府自身建设', 'Government self-building', '#393b79', [
  weighted(
    STRONG,
    `依法行政 法治政府 法治 廉政 廉洁 党风廉政 反腐败 过紧日子 三公经费 一般性支出 人大 政协 人大代表 政协委员
    建议提案 政务公开 行政效能 作风建设 形式主义 官僚主义 政府自身建设 公职人员 干部队伍 普法 八五普法 法治思维
    法治方式 行政复议 行政执法 合法性审查 重大行政决策 数字政府 一网通办 放管服 审计 监督 问责 廉洁自律 清廉
    中央八项规定 政治建设 执行力 政府系统 政务服务`,
  ),
  weighted(MEDIUM, `决议 决定 担当作为 勤政 效能 执法 法律 政府 干部 纪律 作风 政务`),
])

/** Ids of the built-in themes, in display order. Stable: exports and annotations refer to them. */
export const BUILTIN_THEME_IDS = [
  'safety',
  'ecology',
  'governance',
  'economy',
  'innovation',
  'livelihood',
  'education',
  'health',
  'culture',
  'urban',
  'rural',
  'government',
] as const

/** Returns a fresh copy of the built-in codebook with its sub-themes (callers may edit it freely). */
export function builtinCodebook(): Codebook {
  const themes = [SAFETY, ECOLOGY, GOVERNANCE, ECONOMY, INNOVATION, LIVELIHOOD, EDUCATION, HEALTH, CULTURE, URBAN, RURAL, GOVERNMENT]
  return { version: 2, themes: themes.map((t) => ({ ...t, terms: t.terms.map((x) => ({ ...x })), subthemes: builtinSubthemes(t.id) })) }
}
