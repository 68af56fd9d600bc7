/**
 * The built-in sub-themes: 4–6 recurring topics under each built-in theme, with stable ids, labels
 * and weighted terms. The terms are the general vocabulary of government work reports (national and
 * local), as the State Council's reports 1954–2025 use it, not the wording of any sample document.
 * Weights as in builtin-codebook.ts: 3 names the sub-theme on its own (`食品安全`), 2 usually means
 * it, 1 only supports other evidence. A term may appear in one sub-theme of a theme only (a passage
 * on 河长制 is about water, not also about protection); codebook validation enforces that.
 */
import type { SubTheme, ThemeTerm } from './types'

const STRONG = 3
const MEDIUM = 2
const WEAK = 1

function terms(strong: string, medium = '', weak = ''): ThemeTerm[] {
  const list = (weight: number, s: string): ThemeTerm[] =>
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((term) => ({ term, weight }))
  return [...list(STRONG, strong), ...list(MEDIUM, medium), ...list(WEAK, weak)]
}

function sub(id: string, labelZh: string, labelEn: string, list: ThemeTerm[]): SubTheme {
  return { id, labelZh, labelEn, terms: list }
}

const SUBTHEMES: Record<string, SubTheme[]> = {
  safety: [
    sub(
      'production',
      '安全生产',
      'Work safety',
      terms(
        `安全生产 生产安全 安全事故 生产事故 重特大事故 危险化学品 危化品 特种设备 矿山安全 煤矿安全 非煤矿山 尾矿库 建筑施工安全
        治本攻坚 安全生产责任 燃气安全 城镇燃气 三小场所 九小场所 本质安全`,
        `隐患排查 安全隐患 安全监管 事故 矿山 煤矿 烟花爆竹 有限空间 安全检查`,
        `隐患 整治`,
      ),
    ),
    sub(
      'food_drug',
      '食品药品安全',
      'Food and drug safety',
      terms(
        `食品安全 药品安全 食品药品 食安 农产品质量安全 疫苗管理 药品监管 食品监管 放心消费`,
        `餐饮 食品 药品 医疗器械 化妆品 明厨亮灶 农贸市场`,
        `舌尖`,
      ),
    ),
    sub(
      'emergency',
      '防灾减灾与应急',
      'Disaster prevention and emergency response',
      terms(
        `应急管理 应急救援 应急处置 应急响应 应急预案 应急避难 防灾减灾 综合减灾 自然灾害 地质灾害 防汛 抗旱 三防 防汛抗旱
        台风 洪涝 救灾 抢险 抗震 地震 除险加固 突发事件 气象灾害 救援队伍 灾后重建 防洪`,
        `应急 灾害 救援 受灾 汛期 物资储备 灾情 预警`,
        `避险`,
      ),
    ),
    sub(
      'public_order',
      '社会治安与平安建设',
      'Public order and policing',
      terms(
        `扫黑除恶 治安防控 社会治安 违法犯罪 电信网络诈骗 禁毒 反恐 智慧警务 雪亮工程 平安建设 平安创建 黑恶势力 严打
        维护社会稳定 社会大局稳定 涉稳 刑事案件 治安 犯罪 毒品`,
        `诈骗 警务 公安 平安 监控 黑恶 命案 群防群治 见警率`,
        `打击 稳定`,
      ),
    ),
    sub(
      'fire_traffic',
      '消防与交通安全',
      'Fire and traffic safety',
      terms(
        `消防 火灾 森林防火 森林火灾 消防安全 消防救援 微型消防站 交通安全 道路交通安全 交通事故 酒驾 醉驾`,
        `电动自行车 电动车 头盔 火情 交通秩序`,
        ``,
      ),
    ),
  ],
  ecology: [
    sub(
      'air',
      '大气污染防治',
      'Air pollution control',
      terms(
        `大气 空气质量 优良天数 PM2.5 PM10 臭氧 扬尘 蓝天 尾气 燃煤 散煤 挥发性有机物 雾霾 重污染天气 二氧化硫 氮氧化物
        大气污染 细颗粒物 秸秆焚烧 机动车排放 燃煤锅炉`,
        `空气 烟尘 废气 脱硫 脱硝 锅炉 油烟`,
        ``,
      ),
    ),
    sub(
      'water',
      '水污染防治与河湖',
      'Water pollution and rivers',
      terms(
        `水环境 水生态 水质 黑臭水体 污水 河长制 湖长制 河湖长 河长 湖长 治水 碧水 饮用水源 水源地 入河排污口 入海排污口
        化学需氧量 氨氮 近岸海域 海洋环境 水污染 污水处理 截污 雨污分流 长江保护 黄河保护`,
        `流域 河道 河湖 巡河 水体 水域 湖泊 排污口 岸线`,
        ``,
      ),
    ),
    sub(
      'soil_waste',
      '土壤与固体废物',
      'Soil and solid waste',
      terms(
        `土壤 净土 固体废物 固废 危险废物 无废城市 垃圾分类 生活垃圾 垃圾处理 医疗废物 重金属 塑料污染 白色污染
        建筑垃圾 农膜 垃圾焚烧`,
        `垃圾 废弃物 填埋 化肥 农药`,
        ``,
      ),
    ),
    sub(
      'carbon',
      '绿色低碳与节能',
      'Low carbon and energy saving',
      terms(
        `碳达峰 碳中和 双碳 碳排放 零碳 低碳 节能 能耗 减排 清洁能源 碳汇 碳交易 循环经济 资源循环 再生资源 节能减排
        可再生能源 新能源 光伏 风电 节约能源 能源消耗 绿色建筑 绿色低碳 节水`,
        `绿色发展 绿色 清洁 资源节约 节约集约 二氧化碳 淘汰落后产能 落后产能 新能源汽车`,
        `能源 排放`,
      ),
    ),
    sub(
      'protection',
      '生态保护与修复',
      'Conservation and restoration',
      terms(
        `生态保护红线 生物多样性 自然保护地 自然保护区 湿地 水土保持 水土流失 植树造林 造林 国土绿化 森林覆盖率 生态修复
        山水林田湖草 退耕还林 天然林 草原 荒漠化 林长制 国家公园 生态补偿 十年禁渔 生态屏障 防沙治沙 石漠化 矿山修复`,
        `生态保护 修复 森林 绿化 林业 野生动物 生态系统 生态环境保护`,
        `生态`,
      ),
    ),
  ],
  governance: [
    sub(
      'grid',
      '网格化管理',
      'Grid management',
      terms(`网格 网格化 网格员 综合网格 网格管理 全科网格 网格长 微网格 网格化服务管理`, `楼栋长 楼长 全覆盖`, ``),
    ),
    sub(
      'disputes',
      '矛盾纠纷化解与信访',
      'Dispute resolution and petitions',
      terms(
        `矛盾纠纷 人民调解 调解 多元化解 枫桥经验 信访 接访 下访 诉源治理 访调对接 信访积案 社会矛盾`,
        `纠纷 化解 矛盾 积案 调处 排查化解 来信来访`,
        ``,
      ),
    ),
    sub(
      'community',
      '社区治理与基层自治',
      'Community governance and self-government',
      terms(
        `社区治理 居民自治 村民自治 基层民主 民主协商 协商议事 议事会 居委会 村委会 村规民约 居民公约 业委会 业主委员会
        城乡社区 三治融合 微治理 社区工作者 基层群众自治 村务公开 红色物业`,
        `社区 小区 物业 自治 议事 共建共治共享 基层治理 社会治理 党建引领 党群服务`,
        `居民 村民 街道`,
      ),
    ),
    sub(
      'social_orgs',
      '社会组织与志愿服务',
      'Social organisations and volunteers',
      terms(`志愿服务 志愿者 社会组织 社工 社会工作 义工 行业协会 商会 社会力量参与 公益创投`, `公益 社会力量 社团`, ``),
    ),
    sub(
      'hotline',
      '接诉即办与群众诉求',
      'Hotlines and residents\u2019 requests',
      terms(`12345 接诉即办 未诉先办 诉求办理 群众诉求 政务服务便民热线 市长热线 民生诉求`, `热线 诉求 投诉 回应关切 急难愁盼`, ``),
    ),
  ],
  economy: [
    sub(
      'growth',
      '经济运行与增长',
      'Growth and macro performance',
      terms(
        `地区生产总值 生产总值 GDP 国内生产总值 经济增长 稳增长 经济运行 宏观调控 经济总量 预期目标 居民消费价格`,
        `增长 增速 经济 物价 通货膨胀 价格总水平 积极的财政政策 稳健的货币政策 货币政策 财政政策`,
        `亿元 百分点`,
      ),
    ),
    sub(
      'investment',
      '投资与项目建设',
      'Investment and projects',
      terms(
        `固定资产投资 项目建设 重点项目 重大项目 招商引资 有效投资 专项债 地方政府专项债券 社会投资 投资项目 民间投资 开工建设`,
        `投资 招商 项目 开工 签约 竣工 落地`,
        ``,
      ),
    ),
    sub(
      'industry',
      '工业与产业体系',
      'Industry and manufacturing',
      terms(
        `制造业 规上工业 规模以上工业 工业增加值 先进制造业 产业链 产业集群 产业园 升规纳统 实体经济 现代产业体系 战略性新兴产业
        传统产业 产业结构 化解过剩产能 过剩产能 现代服务业 服务业`,
        `工业 产业 园区 企业 产值 总部经济 楼宇经济 钢铁 煤炭 汽车 装备`,
        ``,
      ),
    ),
    sub(
      'consumption',
      '消费与商贸',
      'Consumption and commerce',
      terms(
        `消费 商圈 商贸 社会消费品零售总额 零售 夜间经济 首店 电子商务 电商 会展 消费券 步行街 老字号 以旧换新 内需
        扩大内需 消费升级 服务消费 商业综合体`,
        `市场 购买力 流通 商业 物流`,
        ``,
      ),
    ),
    sub(
      'opening',
      '对外开放与外贸外资',
      'Opening up, trade and foreign investment',
      terms(
        `外贸 进出口 外资 利用外资 外商投资 自贸 自由贸易试验区 跨境电商 一带一路 口岸 保税 出口 进口 对外开放 国际合作
        对外贸易 港口 航运 航线 外汇`,
        `开放 贸易 国际 海外 走出去 引进来`,
        ``,
      ),
    ),
    sub(
      'business_env',
      '营商环境与市场主体',
      'Business environment and enterprises',
      terms(
        `营商环境 市场主体 民营经济 民营企业 中小微企业 个体工商户 减税降费 惠企 纾困 政企 企业服务 亲清 非公有制经济
        降成本 减税 降费 涉企收费 公平竞争`,
        `企业家 民企 小微企业 中小企业 市场准入 融资难 融资贵`,
        ``,
      ),
    ),
  ],
  innovation: [
    sub(
      'research',
      '科技研发与成果转化',
      'Research, platforms and technology transfer',
      terms(
        `研发 科研 实验室 创新平台 技术攻关 关键核心技术 研发投入 新型研发机构 基础研究 重点实验室 科技成果 成果转化
        知识产权 专利 产学研 技术转移 发明专利 科技创新 创新驱动`,
        `科技 创新 技术 研究 攻关 科学`,
        ``,
      ),
    ),
    sub(
      'tech_firms',
      '科技企业与创新创业',
      'Technology firms and start-ups',
      terms(
        `高新技术企业 高新技术 专精特新 科技型中小企业 科技型企业 独角兽 瞪羚 小巨人 孵化 孵化器 众创空间 创客 双创
        大众创业 万众创新 创业投资 风险投资 科技金融`,
        `创业 初创 新兴产业`,
        ``,
      ),
    ),
    sub(
      'digital',
      '数字经济与智能化',
      'Digital economy and AI',
      terms(
        `数字经济 数字化转型 人工智能 大数据 云计算 区块链 5G 工业互联网 智能制造 算力 数据要素 物联网 互联网+ 互联网加
        数字产业化 产业数字化 信息化 智能化 数字化 新型基础设施 新基建 宽带 集成电路 软件`,
        `数字 智能 互联网 数据 网络 信息`,
        ``,
      ),
    ),
    sub(
      'talent',
      '人才引育',
      'Talent',
      terms(
        `人才引进 引才 高层次人才 人才队伍 人才工作 人才政策 院士 博士后 领军人才 人才强国 人才高地 招才引智`,
        `人才 专家 科学家 工程师 青年人才`,
        ``,
      ),
    ),
  ],
  livelihood: [
    sub(
      'employment',
      '就业创业',
      'Employment',
      terms(
        `就业 稳岗 失业 创业担保 技能培训 高校毕业生 农民工 城镇新增就业 零就业 就业援助 职业技能 最低工资 就业岗位
        再就业 职业培训 工资拖欠 欠薪 灵活就业 就业优先`,
        `招聘 岗位 技能 工资 劳动者`,
        ``,
      ),
    ),
    sub(
      'social_insurance',
      '社会保险',
      'Social insurance and pensions',
      terms(
        `社会保障 社保 养老保险 失业保险 工伤保险 参保 全民参保 社保卡 养老金 基本养老金 社会保险 企业年金 社会保障体系`,
        `保险 退休人员 统筹`,
        ``,
      ),
    ),
    sub(
      'elderly_children',
      '养老托育',
      'Elderly care and childcare',
      terms(
        `养老服务 居家养老 长者 老年人 一老一小 日间照料 助餐 托育 婴幼儿 适老化 养老机构 老年 养老 托位 敬老院 老龄`,
        `照护 护理 儿童`,
        ``,
      ),
    ),
    sub(
      'assistance',
      '社会救助与帮扶',
      'Social assistance and support',
      terms(
        `低保 最低生活保障 社会救助 残疾人 助残 特困 困难群众 兜底 孤寡 留守儿童 临时救助 慈善 困境儿童 优抚 退役军人
        双拥 五保 救助`,
        `帮扶 关爱 困难 弱势群体 妇女 优待`,
        ``,
      ),
    ),
    sub(
      'housing',
      '住房保障',
      'Housing',
      terms(
        `住房保障 保障性住房 保障房 公租房 人才住房 租赁住房 保障性租赁住房 安居工程 共有产权 廉租房 经济适用房 住房公积金
        房地产市场 住房需求`,
        `住房 安居 租房 房价 房地产`,
        ``,
      ),
    ),
  ],
  education: [
    sub('preschool', '学前教育', 'Pre-school education', terms(`幼儿园 学前教育 普惠性 学前 入园 托幼 幼教`, `幼儿`, ``)),
    sub(
      'compulsory',
      '义务教育与基础教育',
      'Compulsory and basic education',
      terms(
        `义务教育 中小学 课后服务 双减 集团化办学 教育集团 大班额 学位 均衡发展 薄弱学校 营养改善 控辍保学 随迁子女
        普通高中 高中 基础教育`,
        `学校 学生 校舍 中学 小学 校园`,
        ``,
      ),
    ),
    sub(
      'vocational_higher',
      '职业与高等教育',
      'Vocational and higher education',
      terms(`职业教育 高校 高等教育 职业院校 产教融合 技工院校 高职 双一流 大学 研究生 本科 职业学校 中职 技师`, `院校 学科 招生`, ``),
    ),
    sub('teachers', '教师队伍', 'Teachers', terms(`教师 师资 名师 教师队伍 校长 教师待遇 乡村教师 特岗教师`, `教职工 教学`, ``)),
    sub(
      'quality',
      '立德树人与素质教育',
      'Moral and all-round education',
      terms(
        `立德树人 素质教育 德智体美劳 思政 思想政治教育 心理健康 特殊教育 终身教育 社区教育 老年大学 学习型社会 劳动教育
        家庭教育 研学 近视 体质`,
        `全面发展 美育 体育课 继续教育`,
        ``,
      ),
    ),
  ],
  health: [
    sub(
      'medical_services',
      '医疗服务与医院',
      'Medical services and hospitals',
      terms(
        `医院 床位 诊疗 门诊 三甲 医联体 医共体 分级诊疗 就医 看病难 重点专科 医疗服务 医疗中心 公立医院 医务人员 医疗资源
        医改 医疗卫生体制`,
        `医疗 医生 看病 专科 医学 急救`,
        ``,
      ),
    ),
    sub(
      'primary_care',
      '基层医疗与家庭医生',
      'Primary care and family doctors',
      terms(`基层医疗 家庭医生 卫生院 社区卫生服务 卫生服务中心 村卫生室 签约服务 基层卫生 乡村医生 全科医生`, `签约 乡镇卫生`, ``),
    ),
    sub(
      'public_health',
      '公共卫生与疫情防控',
      'Public health and epidemics',
      terms(
        `疾控 疫情防控 公共卫生 传染病 疫苗 核酸 疫情 爱国卫生 健康城市 卫生城市 新冠 非典 艾滋病 重大疫情 健康中国
        妇幼 孕产妇 出生缺陷 计划生育 生育 健康教育`,
        `防控 接种 健康 卫生 筛查`,
        ``,
      ),
    ),
    sub(
      'insurance_medicine',
      '医保与药品',
      'Medical insurance and medicines',
      terms(
        `医保 医疗保障 医疗保险 集中带量采购 集采 异地就医 大病保险 医疗救助 新农合 新型农村合作医疗 基本医疗保险 药价
        基本药物 药品价格 医保目录 门诊统筹`,
        `报销 药品 耗材 参合`,
        ``,
      ),
    ),
    sub('tcm', '中医药', 'Traditional Chinese medicine', terms(`中医 中医药 中药 中西医 国医馆 中医馆 民族医药`, `针灸 名医`, ``)),
  ],
  culture: [
    sub(
      'public_culture',
      '公共文化服务',
      'Public cultural services',
      terms(
        `公共文化 图书馆 文化馆 博物馆 文化站 农家书屋 全民阅读 书香 文化惠民 公共文化服务 文艺演出 文化中心 美术馆`,
        `文艺 演出 阅读 展览 文化服务`,
        ``,
      ),
    ),
    sub(
      'heritage',
      '文化遗产与历史文化',
      'Heritage',
      terms(
        `非遗 非物质文化遗产 文物 历史文化 古城 古镇 传统村落 历史文化街区 考古 文化遗产 名城 中华优秀传统文化 遗址`,
        `传统 传承 保护利用 老街`,
        ``,
      ),
    ),
    sub(
      'civilization',
      '精神文明建设',
      'Civic morality and civilisation',
      terms(
        `文明城市 文明实践 精神文明 社会主义核心价值观 文明创建 新时代文明实践 道德模范 移风易俗 诚信建设 文明单位
        文明村镇 文明家庭`,
        `文明 道德 诚信 风尚 好人`,
        ``,
      ),
    ),
    sub(
      'tourism',
      '旅游',
      'Tourism',
      terms(`旅游 文旅 景区 游客 民宿 旅游业 全域旅游 乡村旅游 旅游收入 A级 度假区 文旅融合`, `景点 旅游线路 游览`, ``),
    ),
    sub(
      'sport',
      '体育',
      'Sport',
      terms(
        `体育 全民健身 健身 赛事 体育场 体育公园 体育场馆 马拉松 奥运 亚运 全运会 竞技体育 体育产业`,
        `运动 球场 足球 篮球 健身步道`,
        ``,
      ),
    ),
  ],
  urban: [
    sub(
      'renewal',
      '城市更新与旧改',
      'Urban renewal',
      terms(
        `城市更新 城中村 旧改 旧村改造 老旧小区 棚户区 三旧改造 更新改造 危旧房 棚改 危房改造 老旧街区 城市有机更新`,
        `改造 拆迁 征收 加装电梯 立面`,
        ``,
      ),
    ),
    sub(
      'transport',
      '交通与路网',
      'Transport and roads',
      terms(
        `地铁 轨道交通 公交 路网 快速路 停车 停车场 停车位 充电桩 机场 铁路 高铁 高速公路 公路 城际 交通枢纽 断头路 通勤
        综合交通 微循环`,
        `道路 交通 桥梁 隧道 通车 里程 出行 航空`,
        ``,
      ),
    ),
    sub(
      'utilities',
      '市政设施与管网',
      'Utilities and pipe networks',
      terms(
        `市政 管网 供水 排水 电网 海绵城市 内涝 供热 地下管廊 综合管廊 燃气管道 供电 供气 水厂 雨污管网 管线`,
        `燃气 基础设施 电力 用水 用电`,
        ``,
      ),
    ),
    sub(
      'management',
      '城市管理与市容',
      'City management and appearance',
      terms(
        `城市管理 城管 数字城管 市容 环境卫生 拆违 违建 违法建筑 公厕 城市治理 精细化管理 占道经营 市容环境 背街小巷
        城市精细化 一网统管 智慧城市 城市大脑`,
        `环卫 秩序 乱象 清扫 保洁 街容`,
        ``,
      ),
    ),
    sub(
      'planning',
      '规划与土地',
      'Planning and land',
      terms(
        `国土空间 城市规划 总体规划 控制性详细规划 用地 土地供应 新型城镇化 城镇化 城市群 都市圈 片区开发 新城 新区
        土地出让 存量用地 低效用地`,
        `规划 土地 空间 片区 城区 城镇`,
        ``,
      ),
    ),
    sub(
      'landscape',
      '公园绿地与城市风貌',
      'Parks and cityscape',
      terms(`口袋公园 绿道 公园 城市绿化 绿地 景观 夜景 亮化 城市风貌 滨水空间 街心 公园城市 园林`, `照明 绿化 品质 风貌 街区`, ``),
    ),
  ],
  rural: [
    sub(
      'agriculture',
      '农业生产与粮食',
      'Farming and grain',
      terms(
        `粮食 耕地 高标准农田 种业 农业生产 粮食生产 粮食安全 畜牧 渔业 养殖 农机 设施农业 农田水利 现代农业 菜篮子
        生猪 种粮 农产品 粮食产量 农业现代化`,
        `农业 种植 林果 果蔬 农田 灌溉`,
        ``,
      ),
    ),
    sub(
      'rural_construction',
      '乡村建设与人居环境',
      'Rural construction and living environment',
      terms(
        `人居环境 美丽乡村 和美乡村 村容村貌 农房 厕所革命 农村公路 农村供水 改厕 村庄规划 乡村建设 农村危房 村庄整治
        新农村建设 社会主义新农村`,
        `村庄 乡村 农村 村道 庭院`,
        ``,
      ),
    ),
    sub(
      'poverty',
      '脱贫攻坚与农民增收',
      'Poverty alleviation and farmers\u2019 income',
      terms(
        `脱贫 巩固拓展脱贫攻坚成果 防返贫 东西部协作 对口支援 农民增收 农民收入 扶贫 贫困人口 脱贫攻坚 精准扶贫 贫困县
        易地扶贫搬迁 对口帮扶 乡村振兴`,
        `贫困 帮扶 增收 农民`,
        ``,
      ),
    ),
    sub(
      'rural_reform',
      '农村改革与集体经济',
      'Rural reform and collective economy',
      terms(
        `村集体 集体经济 土地流转 宅基地 合作社 农村改革 承包地 三块地 产权制度 土地承包 家庭农场 新型农业经营主体 农村土地
        集体产权 农业税`,
        `流转 经营主体 确权`,
        ``,
      ),
    ),
    sub(
      'rural_industry',
      '乡村产业融合',
      'Rural industries',
      terms(
        `农文旅 农产品加工 一二三产 三产融合 农村电商 休闲农业 特色产业 乡村产业 一村一品 农业产业化 龙头企业 农旅`,
        `特色 品牌 加工`,
        ``,
      ),
    ),
  ],
  government: [
    sub(
      'rule_of_law',
      '法治政府',
      'Rule of law',
      terms(
        `依法行政 法治政府 法治 普法 八五普法 法治思维 法治方式 行政复议 行政执法 合法性审查 重大行政决策 法律顾问 依法治国
        法治建设 立法 法规`,
        `执法 法律 依法 法制`,
        ``,
      ),
    ),
    sub(
      'integrity',
      '党风廉政与作风',
      'Integrity and work style',
      terms(
        `廉政 廉洁 党风廉政 反腐败 作风建设 形式主义 官僚主义 中央八项规定 八项规定 清廉 廉洁自律 腐败 为官不为 懒政
        担当作为 干部队伍 公职人员`,
        `纪律 作风 勤政 干部 执行力 效能`,
        ``,
      ),
    ),
    sub(
      'oversight',
      '接受监督与政务公开',
      'Oversight and transparency',
      terms(
        `人大 政协 人大代表 政协委员 建议提案 审计 民主监督 政务公开 接受监督 舆论监督 社会监督 审计监督 问责`,
        `监督 公开 意见建议`,
        ``,
      ),
    ),
    sub(
      'frugality',
      '过紧日子',
      'Frugality',
      terms(`过紧日子 三公经费 一般性支出 厉行节约 勤俭节约 压减 楼堂馆所 公务接待 公车`, `节约 精简`, ``),
    ),
    sub(
      'services',
      '政务服务与数字政府',
      'Public services and digital government',
      terms(
        `政务服务 一网通办 数字政府 放管服 最多跑一次 跨省通办 告知承诺 行政审批 审批制度 简政放权 证照分离 一件事
        政务服务中心 审批事项 掌上办 互联网+政务服务`,
        `审批 办事 窗口 便民 网上办`,
        ``,
      ),
    ),
  ],
}

/** Fresh copies of the built-in sub-themes of theme `themeId`; [] for a theme that has none. */
export function builtinSubthemes(themeId: string): SubTheme[] {
  return (SUBTHEMES[themeId] ?? []).map((s) => ({ ...s, terms: s.terms.map((t) => ({ ...t })) }))
}
