import type { BilingualTerm } from './bilingual-enum.js';

/**
 * Platform categories: the six national categories of functional platforms
 * (功能平台) of the source papers, plus the kinds of park the papers also name.
 */
export const PLATFORM_CATEGORIES = [
  { id: 'special-economic-zone', zh: '经济特区', en: 'special economic zone', aliases: ['SEZ'] },
  { id: 'national-new-area', zh: '国家级新区', en: 'national new area', aliases: ['new area', '新区'] },
  { id: 'national-development-zone', zh: '国家级开发区', en: 'national development zone', aliases: ['development zone', '开发区'] },
  {
    id: 'customs-area-or-ftz',
    zh: '海关特殊监管区域和自由贸易试验区',
    en: 'customs special supervision area or pilot free trade zone',
    aliases: ['海关特殊监管区域', '自由贸易试验区', '自贸区', '自贸试验区', 'customs special supervision area', 'pilot free trade zone', 'FTZ'],
  },
  {
    id: 'cross-border-ecommerce-zone',
    zh: '跨境电子商务综合试验区',
    en: 'cross-border e-commerce comprehensive pilot zone',
    aliases: ['跨境电商综试区', '跨境电商综合试验区', 'cross-border e-commerce zone'],
  },
  { id: 'major-reform-platform', zh: '重大改革试验平台', en: 'major reform pilot platform', aliases: ['重大改革平台'] },
  { id: 'provincial-zone', zh: '省级开发区', en: 'provincial development zone', aliases: ['省级园区', 'provincial zone'] },
  { id: 'industrial-functional-zone', zh: '产业功能区', en: 'industrial functional zone' },
  { id: 'enclave-park', zh: '飞地园区', en: 'enclave park', aliases: ['飞地'] },
  { id: 'other', zh: '其他', en: 'other' },
] as const satisfies readonly BilingualTerm[];
/** A platform category id (`'national-new-area'` …). */
export type PlatformCategory = (typeof PLATFORM_CATEGORIES)[number]['id'];

/** The two kinds of node: a zone (functional platform) or a city. */
export const NODE_KINDS = [
  { id: 'zone', zh: '园区', en: 'zone', aliases: ['平台', '功能平台', '开发区', 'platform'] },
  { id: 'city', zh: '城市', en: 'city', aliases: ['地级市', '市'] },
  { id: 'province', zh: '省级行政区', en: 'province', aliases: ['省', '省份', '自治区', 'province-level unit'] },
] as const satisfies readonly BilingualTerm[];
/** A node kind id: `'zone'`, `'city'` or `'province'`. */
export type NodeKind = (typeof NODE_KINDS)[number]['id'];

/** Subtypes of zone within the categories (ETDZ, HTZ, customs-area kinds, FTZ area …). */
export const ZONE_SUBTYPES = [
  { id: 'etdz', zh: '经济技术开发区', en: 'economic and technological development zone', aliases: ['ETDZ', '经开区'] },
  { id: 'htz', zh: '高新技术产业开发区', en: 'high-tech industrial development zone', aliases: ['HTZ', '高新区', 'high-tech zone'] },
  { id: 'border-economic-cooperation-zone', zh: '边境经济合作区', en: 'border economic cooperation zone', aliases: ['边合区'] },
  { id: 'cross-border-economic-cooperation-zone', zh: '跨境经济合作区', en: 'cross-border economic cooperation zone', aliases: ['跨合区'] },
  { id: 'other-development-zone', zh: '其他国家级开发区', en: 'other national development zone' },
  { id: 'bonded-zone', zh: '保税区', en: 'bonded zone' },
  { id: 'export-processing-zone', zh: '出口加工区', en: 'export processing zone' },
  { id: 'bonded-logistics-park', zh: '保税物流园区', en: 'bonded logistics park' },
  { id: 'cross-border-industrial-zone', zh: '跨境工业区', en: 'cross-border industrial zone' },
  { id: 'bonded-port-area', zh: '保税港区', en: 'bonded port area' },
  { id: 'comprehensive-bonded-zone', zh: '综合保税区', en: 'comprehensive bonded zone', aliases: ['综保区'] },
  { id: 'pilot-ftz', zh: '自由贸易试验区', en: 'pilot free trade zone', aliases: ['FTZ', '自贸试验区'] },
  { id: 'ftz-area', zh: '自由贸易试验区片区', en: 'pilot free trade zone area', aliases: ['片区', 'FTZ area'] },
  { id: 'free-trade-port', zh: '自由贸易港', en: 'free trade port' },
  { id: 'innovation-demonstration-zone', zh: '国家自主创新示范区', en: 'national independent innovation demonstration zone', aliases: ['自创区'] },
  { id: 'cooperation-zone', zh: '合作区', en: 'cooperation zone', aliases: ['深度合作区', '特别合作区', 'special cooperation zone'] },
  { id: 'branch-park', zh: '分园', en: 'branch park', aliases: ['分园区'] },
  { id: 'pilot-zone', zh: '试验区/示范区', en: 'pilot or demonstration zone', aliases: ['示范区', '试验区'] },
  { id: 'city-designation', zh: '城市设立', en: 'designation of a whole city' },
  { id: 'other', zh: '其他', en: 'other' },
] as const satisfies readonly BilingualTerm[];
/** A zone subtype id (`'etdz'`, `'htz'`, `'ftz-area'` …). */
export type ZoneSubtype = (typeof ZONE_SUBTYPES)[number]['id'];

/** Administrative level of approval. */
export const ZONE_LEVELS = [
  { id: 'national', zh: '国家级', en: 'national' },
  { id: 'provincial', zh: '省级', en: 'provincial' },
  { id: 'municipal', zh: '市级', en: 'municipal' },
  { id: 'other', zh: '其他', en: 'other' },
] as const satisfies readonly BilingualTerm[];
/** An approval level id (`'national'`, `'provincial'` …). */
export type ZoneLevel = (typeof ZONE_LEVELS)[number]['id'];

/** The three linkage modes (联动模式) of 《区域发展重大战略功能平台的联动发展研究》 (docs/references.md). */
export const LINKAGE_MODES = [
  { id: 'resource-factor', zh: '资源要素联动', en: 'resource-factor linkage', aliases: ['资源要素', 'resource factor'] },
  { id: 'industrial-chain', zh: '产业链联动', en: 'industrial-chain linkage', aliases: ['产业链', 'industrial chain'] },
  { id: 'cross-regional', zh: '跨区域联动', en: 'cross-regional linkage', aliases: ['跨区域', 'cross regional'] },
] as const satisfies readonly BilingualTerm[];
/** A linkage mode id: `'resource-factor'`, `'industrial-chain'` or `'cross-regional'`. */
export type LinkageMode = (typeof LINKAGE_MODES)[number]['id'];

/** The four macro-regions (四大板块), NBS 2011 rule. */
export const MACRO_REGIONS = [
  { id: 'east', zh: '东部', en: 'East', aliases: ['东部地区', 'eastern'] },
  { id: 'central', zh: '中部', en: 'Central', aliases: ['中部地区'] },
  { id: 'west', zh: '西部', en: 'West', aliases: ['西部地区', 'western'] },
  { id: 'northeast', zh: '东北', en: 'Northeast', aliases: ['东北地区', 'north-east', 'northeastern'] },
] as const satisfies readonly BilingualTerm[];
/** A macro-region id: `'east'`, `'central'`, `'west'` or `'northeast'`. */
export type MacroRegion = (typeof MACRO_REGIONS)[number]['id'];

/** The major regional strategies (区域重大战略) a city can belong to. */
export const REGIONAL_STRATEGIES = [
  { id: 'jing-jin-ji', zh: '京津冀', en: 'Jing-Jin-Ji', aliases: ['京津冀协同发展', 'Beijing-Tianjin-Hebei'] },
  { id: 'yangtze-river-delta', zh: '长三角', en: 'Yangtze River Delta', aliases: ['长江三角洲', 'YRD'] },
  { id: 'greater-bay-area', zh: '粤港澳大湾区', en: 'Guangdong–Hong Kong–Macao Greater Bay Area', aliases: ['大湾区', 'GBA', 'Greater Bay Area'] },
  { id: 'yangtze-river-economic-belt', zh: '长江经济带', en: 'Yangtze River Economic Belt', aliases: ['YREB'] },
  { id: 'yellow-river-basin', zh: '黄河流域', en: 'Yellow River basin', aliases: ['黄河流域生态保护和高质量发展'] },
  { id: 'chengdu-chongqing', zh: '成渝', en: 'Chengdu–Chongqing', aliases: ['成渝地区双城经济圈', 'Chengdu-Chongqing economic circle'] },
] as const satisfies readonly BilingualTerm[];
/** A regional strategy id (`'jing-jin-ji'`, `'greater-bay-area'` …). */
export type RegionalStrategy = (typeof REGIONAL_STRATEGIES)[number]['id'];

/** Administrative kind of a prefecture-level unit. */
export const CITY_LEVELS = [
  { id: 'municipality', zh: '直辖市', en: 'municipality' },
  { id: 'prefecture-city', zh: '地级市', en: 'prefecture-level city' },
  { id: 'autonomous-prefecture', zh: '自治州', en: 'autonomous prefecture' },
  { id: 'prefecture', zh: '地区', en: 'prefecture' },
  { id: 'league', zh: '盟', en: 'league' },
  { id: 'county-level-city', zh: '省直辖县级市', en: 'province-administered county-level city' },
  { id: 'special-administrative-region', zh: '特别行政区', en: 'special administrative region', aliases: ['SAR'] },
] as const satisfies readonly BilingualTerm[];
/** An administrative kind of city (`'municipality'`, `'prefecture-city'` …). */
export type CityLevel = (typeof CITY_LEVELS)[number]['id'];

/** Mechanisms of linkage (《区域发展重大战略功能平台的联动发展研究》; docs/references.md). */
export const LINKAGE_MECHANISMS = [
  { id: 'cooperation', zh: '合作', en: 'cooperation', aliases: ['合作机制'] },
  { id: 'competition', zh: '竞争', en: 'competition', aliases: ['竞争机制'] },
  { id: 'sharing', zh: '分享', en: 'sharing', aliases: ['分享机制', '共享'] },
  { id: 'incentive', zh: '激励', en: 'incentive', aliases: ['激励机制'] },
] as const satisfies readonly BilingualTerm[];
/** A linkage mechanism id (`'cooperation'`, `'competition'`, `'sharing'`, `'incentive'`). */
export type LinkageMechanism = (typeof LINKAGE_MECHANISMS)[number]['id'];

/** Cooperation types named in seeds 004 (the first three) and 001 (the rest). */
export const COOPERATION_TYPES = [
  { id: 'tech-empowerment', zh: '科技赋能型', en: 'technology empowerment' },
  { id: 'chain-extension', zh: '产业链延补型', en: 'industrial-chain extension' },
  { id: 'cross-boundary-fusion', zh: '跨界融合型', en: 'cross-boundary fusion' },
  { id: 'resource-complementary', zh: '资源互补型', en: 'resource-complementary' },
  { id: 'advantage-complementary', zh: '优势互补型', en: 'advantage-complementary' },
  { id: 'product-complementary', zh: '产品互补型', en: 'product-complementary' },
  { id: 'government-led', zh: '政府主导型', en: 'government-led' },
  { id: 'enterprise-led', zh: '企业主导型', en: 'enterprise-led' },
  { id: 'circle-radiation', zh: '圈层辐射型', en: 'circle radiation' },
  { id: 'axis-belt', zh: '轴带型', en: 'axis-belt' },
] as const satisfies readonly BilingualTerm[];
/** A cooperation type id (`'tech-empowerment'` …). */
export type CooperationType = (typeof COOPERATION_TYPES)[number]['id'];

/**
 * The institutional form of a linkage, where one is declared: what the "1+N"
 * analysis uses as a priori groups (a hub park and its branch parks, special
 * cooperation zones, co-built and enclave parks).
 */
export const LINKAGE_ARRANGEMENTS = [
  { id: 'branch-park', zh: '分园', en: 'branch park', aliases: ['分园区'] },
  { id: 'special-cooperation-zone', zh: '特别合作区', en: 'special cooperation zone' },
  { id: 'co-built-park', zh: '共建园区', en: 'co-built park', aliases: ['合作共建', 'co-built'] },
  { id: 'enclave', zh: '飞地', en: 'enclave', aliases: ['飞地园区', 'enclave park'] },
  { id: 'agreement', zh: '合作协议', en: 'cooperation agreement', aliases: ['协议'] },
  { id: 'joint-plan', zh: '联合规划/政策', en: 'joint plan or policy', aliases: ['联合规划', '政策'] },
  { id: 'administrative-merger', zh: '管理整合', en: 'administrative integration', aliases: ['合署', '整合'] },
  { id: 'membership', zh: '隶属/包含', en: 'membership (a zone inside another platform)', aliases: ['包含'] },
] as const satisfies readonly BilingualTerm[];
/** A linkage arrangement id (`'branch-park'`, `'enclave'` …). */
export type LinkageArrangement = (typeof LINKAGE_ARRANGEMENTS)[number]['id'];

/**
 * Transport modes of an accessibility pair (travel time or link), not linkage
 * modes: accessibility is kept apart from the three linkage modes.
 */
export const ACCESSIBILITY_MODES = [
  { id: 'high-speed-rail', zh: '高速铁路', en: 'high-speed rail', aliases: ['高铁', 'HSR', '快速铁路', '城际铁路'] },
  { id: 'rail', zh: '铁路', en: 'rail', aliases: ['轨道', '轨道交通', 'railway'] },
  { id: 'road', zh: '公路', en: 'road', aliases: ['高速公路', 'highway'] },
  { id: 'air', zh: '航空', en: 'air', aliases: ['民航', 'flight'] },
  { id: 'multimodal', zh: '综合交通', en: 'multimodal or unspecified', aliases: ['交通', 'unspecified'] },
] as const satisfies readonly BilingualTerm[];
/** An accessibility mode id (`'high-speed-rail'`, `'rail'`, `'road'`, `'air'`, `'multimodal'`). */
export type AccessibilityMode = (typeof ACCESSIBILITY_MODES)[number]['id'];
