/**
 * Synonym folding at the level of policy concepts: groups of expressions that Chinese government
 * documents use interchangeably for one policy (`大气污染` / `PM2.5` / `臭氧` / `优良天数` are all air
 * quality; `河长制` / `河湖长` / `巡河` / `水质` are all water governance). Two passages naming the same
 * concept in different words share a concept feature. The table covers the recurring policies of
 * every theme of the built-in codebook, from general knowledge of the genre, not from any particular
 * document. It deliberately holds no weights: the aligner weights concepts by IDF like any feature.
 */
import type { Codebook } from './types'

const CONCEPTS: Record<string, string> = {
  // Public safety
  'production-safety':
    '安全生产 生产安全 危化品 危险化学品 三小场所 九小场所 特种设备 安全监管 安全事故 安全生产责任 治本攻坚 企业主体责任 重大事故隐患',
  'fire-safety': '消防 火灾 消防安全 防火 灭火 消防通道 生命通道',
  emergency:
    '应急管理 应急救援 救援队伍 应急预案 应急响应 应急处置 应急演练 应急避难 防灾减灾 综合减灾 自然灾害 大应急 全灾种 救灾 抢险 平战结合',
  'flood-disaster': '防汛 抗旱 三防 防洪 排涝 台风 洪涝 除险加固 地质灾害 海堤',
  'public-order': '扫黑除恶 治安防控 社会治安 违法犯罪 电信网络诈骗 反诈 诈骗 禁毒 警务 智慧警务 视频监控 雪亮工程 治安 平安建设 平安创建',
  'food-drug': '食品药品 食品安全 药品安全 食安 餐饮 舌尖上的安全 菜篮子 药品',
  stability: '社会稳定 维护稳定 维稳 涉稳 稳定风险 风险评估 大局稳定 群体性事件 政治安全',
  'gas-building': '燃气 城镇燃气 自建房 电梯',
  // Ecology
  air: '大气 空气 空气质量 PM2.5 PM10 臭氧 扬尘 尾气 废气 优良天数 蓝天 挥发性有机物 油烟 重污染天气 二氧化硫',
  water:
    '河长制 湖长制 河湖长 河长 湖长 巡河 水质 水环境 污水 治水 黑臭水体 排污口 入河排污口 碧水 水生态 雨污分流 污水处理 流域 水源地 饮用水源 化学需氧量',
  'soil-waste': '土壤 净土 固体废物 固废 危险废物 无废城市 垃圾分类 生活垃圾 垃圾 回收 再生资源 资源循环 循环经济',
  carbon: '碳达峰 碳中和 双碳 低碳 零碳 近零碳 碳排放 降碳 减排 碳汇 碳交易 碳普惠 节能 能耗 清洁能源 光伏 氢能 新能源汽车 二氧化碳',
  'green-space': '绿化 植树造林 造林 森林覆盖率 林长制 绿道 碧道 公园 湿地 生物多样性 自然保护地 生态修复 国土绿化 扩绿 绿地 山体',
  'eco-regulation': '三线一单 生态保护红线 分区管控 环评 环境执法 环保督察 环境督察 生态环境执法 污染防治攻坚 污染防治',
  // Grassroots governance
  grid: '网格 网格化 网格员 综合网格 网格管理 网格化管理',
  disputes: '矛盾纠纷 多元化解 枫桥经验 信访 信访积案 调解 人民调解 接访 下访 包案 诉求 矛盾化解',
  'self-governance': '居民自治 村民自治 自治 民主协商 协商 议事 基层民主 微治理 楼长 业委会 共建共治共享 村规民约 居民公约 三治融合',
  volunteers: '志愿服务 志愿者 社会组织 社工 慈善 新时代文明实践',
  hotline: '12345 热线 接诉即办 诉求办理 政务热线 一网统管',
  community: '社区 小区 物业 党群服务 社区服务 邻里 街道',
  // Government self-building
  'law-popularisation': '普法 八五普法 七五普法 法治宣传 公共法律服务 法律顾问',
  frugality: '过紧日子 三公经费 一般性支出 厉行节约 节约型机关 勤俭节约',
  integrity: '廉政 廉洁 党风廉政 反腐败 中央八项规定 四风 形式主义 官僚主义 作风建设 清廉',
  // 运用法治思维和法治方式 is how a government is asked to act (rule of law), not legal education.
  'rule-of-law-gov': '依法行政 法治政府 行政执法 行政复议 合法性审查 重大行政决策 法治思维 法治方式 法治',
  supervision: '人大 政协 人大代表 政协委员 建议提案 决议 审计 监督',
  'digital-gov': '数字政府 一网通办 政务服务 放管服 营商环境 政务公开 最多跑一次 一件事',
  // Economy and innovation
  investment: '招商引资 固定资产投资 重点项目 项目建设 投资 签约 落地',
  consumption: '消费 商圈 商贸 夜间经济 步行街 零售 餐饮消费 促消费',
  'trade-port': '外贸 进出口 外资 跨境电商 港口 航线 航运 物流 口岸 自贸',
  industry: '制造业 工业 规上工业 升规纳统 产业链 产业园 园区 实体经济',
  enterprise: '民营经济 市场主体 中小企业 个体工商户 纾困 减税降费',
  innovation: '科技创新 研发 高新技术 专精特新 孵化 知识产权 专利 实验室 成果转化 产学研 科技型',
  'digital-economy': '数字经济 人工智能 大数据 云计算 5G 工业互联网 数字化转型 智慧城市',
  talent: '人才 人才引进 人才住房 高层次人才',
  // Livelihood, education, health, culture
  employment: '就业 创业 稳岗 失业 技能培训 高校毕业生 就业创业',
  'elderly-care': '养老 养老服务 居家养老 长者 老年人 一老一小 适老化',
  childcare: '托育 儿童 婴幼儿 妇女儿童 留守儿童',
  'social-assistance': '低保 社会救助 特困 困难群众 兜底 残疾人 助残 帮扶 退役军人 优抚',
  housing: '住房保障 保障性住房 保障房 公租房 棚户区 老旧小区 城中村 安居',
  schools: '学校 中小学 幼儿园 学位 义务教育 学前教育 教师 课后服务 双减 教育集团 职业教育',
  'health-care': '医疗 医院 医共体 医联体 家庭医生 基层医疗 卫生院 分级诊疗 医保 中医',
  'public-health': '公共卫生 疾控 疫情防控 疫苗 传染病 爱国卫生 健康城市',
  'culture-heritage': '文物 非遗 非物质文化遗产 历史文化 博物馆 图书馆 文化馆 公共文化',
  tourism: '旅游 文旅 景区 游客 民宿 农文旅',
  sport: '体育 全民健身 赛事 健身',
  civility: '文明城市 精神文明 文明实践 文明创建',
  // Urban and rural
  'urban-renewal': '城市更新 旧改 旧村改造 三旧改造 城中村 老旧小区 更新改造 棚户区 片区开发',
  'city-management': '城市管理 城管 数字城管 市容 环境卫生 拆违 违建 违法建筑 占道 违停',
  transport: '交通 道路 地铁 轨道交通 公交 停车 路网 桥梁 充电桩',
  utilities: '管网 供水 排水 电网 海绵城市 地下管廊',
  'rural-revival': '乡村振兴 美丽乡村 和美乡村 人居环境 村容村貌 村庄规划 农房 厕所',
  agriculture: '农业 粮食 耕地 高标准农田 种植 养殖 渔业 农产品 合作社 种业',
  'rural-economy': '村集体 集体经济 土地流转 农民增收 脱贫',
}

/**
 * The concept table as a codebook (one "theme" per concept, every term weight 1), so the theme
 * term matcher can find concept expressions with the same folding.
 */
export function policyConceptCodebook(): Codebook {
  return {
    version: 1,
    themes: Object.entries(CONCEPTS).map(([id, terms]) => ({
      id,
      labelZh: id,
      labelEn: id,
      color: '#000000',
      terms: terms
        .split(/\s+/)
        .filter(Boolean)
        .map((term) => ({ term, weight: 1 })),
    })),
  }
}
