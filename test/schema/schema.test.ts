import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AdminCodeSchema,
  BilingualNameSchema,
  CITY_LEVELS,
  COOPERATION_TYPES,
  CitySchema,
  CoordinatesSchema,
  CooperationTypeSchema,
  DatasetSchema,
  IdSchema,
  IndicatorsSchema,
  LINKAGE_ARRANGEMENTS,
  LINKAGE_MECHANISMS,
  LINKAGE_MODES,
  LinkageArrangementSchema,
  LinkageMechanismSchema,
  LinkageModeSchema,
  LinkageSchema,
  MACRO_REGIONS,
  MacroRegionSchema,
  NodeSchema,
  PLATFORM_CATEGORIES,
  PROVINCES,
  PROVINCE_BY_ID,
  PartialDateSchema,
  PlatformCategorySchema,
  ProvinceSchema,
  REGIONAL_STRATEGIES,
  WeightSchema,
  YearSchema,
  ZONE_LEVELS,
  ZONE_SUBTYPES,
  ZoneSchema,
  ZoneSubtypeSchema,
  foldSpelling,
  provinceOfCode,
  yearOf,
  type BilingualTerm,
} from '../../src/schema/index.js';

/** The zonelink code of the first issue of a failed parse (the custom code, or zod's). */
function problem(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0] as { code: string; params?: { zonelinkCode?: string } };
  return issue.params?.zonelinkCode ?? issue.code;
}
const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

const ZONE = { kind: 'zone', id: 'z1', name: { zh: '甲园区' }, category: 'SEZ', level: 'national', hostCities: ['440300'] };
const CITY = { kind: 'city', id: '440300', name: { zh: '深圳市' } };
const LINKAGE = { id: 'l1', source: 'a', target: 'b', mode: 'industrial-chain' };

describe('fields', () => {
  it('IdSchema: non-empty, trimmed, printable', () => {
    expect(accepts(IdSchema, 'htz-gz')).toBe(true);
    expect(accepts(IdSchema, '广州 高新区')).toBe(true);
    expect(problem(IdSchema, '')).toBe('empty-id');
    expect(problem(IdSchema, ' htz-gz')).toBe('untrimmed-id');
    expect(problem(IdSchema, 'htz-gz\u3000')).toBe('untrimmed-id');
    expect(problem(IdSchema, 'a\tb')).toBe('invalid-id');
    expect(problem(IdSchema, 7)).toBe('invalid_type');
  });

  it('AdminCodeSchema: six digits, first digit 1–8', () => {
    for (const code of ['110000', '440100', '810000', '820000']) expect(accepts(AdminCodeSchema, code)).toBe(true);
    for (const code of ['4401', '4401000', '044010', '940000', '44010a', ' 440100', '']) expect(problem(AdminCodeSchema, code)).toBe('invalid-admin-code');
    expect(problem(AdminCodeSchema, 440100)).toBe('invalid_type');
  });

  it('BilingualNameSchema: Chinese name required and trimmed, English optional', () => {
    expect(BilingualNameSchema.parse({ zh: ' 浦东新区 ', en: 'Pudong' })).toEqual({ zh: '浦东新区', en: 'Pudong' });
    expect(BilingualNameSchema.parse({ zh: '浦东新区' })).toEqual({ zh: '浦东新区' });
    expect(accepts(BilingualNameSchema, { zh: '   ' })).toBe(false);
    expect(accepts(BilingualNameSchema, { zh: '' })).toBe(false);
    expect(accepts(BilingualNameSchema, { en: 'Pudong' })).toBe(false);
    expect(accepts(BilingualNameSchema, { zh: '浦东', en: ' ' })).toBe(false);
  });

  it('YearSchema: whole years in 1949–2100', () => {
    expect(accepts(YearSchema, 1949)).toBe(true);
    expect(accepts(YearSchema, 2100)).toBe(true);
    expect(problem(YearSchema, 1948)).toBe('impossible-year');
    expect(problem(YearSchema, 2101)).toBe('impossible-year');
    expect(accepts(YearSchema, 2019.5)).toBe(false);
    expect(accepts(YearSchema, Number.NaN)).toBe(false);
    expect(accepts(YearSchema, '2019')).toBe(false);
  });

  it('PartialDateSchema: YYYY, YYYY-MM, YYYY-MM-DD, real calendar dates only', () => {
    for (const date of ['2019', '2019-08', '2019-08-26', '2020-02-29', '1949-10-01', '2100-12-31']) expect(accepts(PartialDateSchema, date)).toBe(true);
    for (const date of ['2019年', '2019-13', '2019-00', '2019-02-29', '2019-04-31', '2019-1', '2019/08/26', '19-08-26', '2019-08-26T00:00', '']) {
      expect(problem(PartialDateSchema, date), date).toBe('invalid-date');
    }
    expect(problem(PartialDateSchema, '1900')).toBe('impossible-year');
    expect(problem(PartialDateSchema, '2101-01')).toBe('impossible-year');
    expect(yearOf('2019-08-26')).toBe(2019);
    expect(yearOf('1992')).toBe(1992);
  });

  it('CoordinatesSchema: finite, lon in [-180, 180], lat in [-90, 90], known precision', () => {
    expect(accepts(CoordinatesSchema, { lon: -180, lat: 90 })).toBe(true);
    expect(accepts(CoordinatesSchema, { lon: 180, lat: -90, precision: 'host-city' })).toBe(true);
    expect(accepts(CoordinatesSchema, { lon: 180.0001, lat: 0 })).toBe(false);
    expect(accepts(CoordinatesSchema, { lon: 0, lat: -90.5 })).toBe(false);
    expect(accepts(CoordinatesSchema, { lon: Number.NaN, lat: 0 })).toBe(false);
    expect(accepts(CoordinatesSchema, { lon: 0, lat: Number.POSITIVE_INFINITY })).toBe(false);
    expect(accepts(CoordinatesSchema, { lon: 0, lat: 0, precision: 'rough' })).toBe(false);
    expect(accepts(CoordinatesSchema, { lon: 0 })).toBe(false);
  });

  it('IndicatorsSchema: 4-digit year keys, finite values', () => {
    expect(accepts(IndicatorsSchema, { '2020': { gdp: 1.5, 人口: -3 } })).toBe(true);
    expect(accepts(IndicatorsSchema, {})).toBe(true);
    expect(accepts(IndicatorsSchema, { '20': { gdp: 1 } })).toBe(false);
    expect(accepts(IndicatorsSchema, { '2020年': { gdp: 1 } })).toBe(false);
    expect(accepts(IndicatorsSchema, { '2020': { gdp: Number.NaN } })).toBe(false);
    expect(accepts(IndicatorsSchema, { '2020': { gdp: '1' } })).toBe(false);
    expect(accepts(IndicatorsSchema, { '2020': { '': 1 } })).toBe(false);
  });

  it('WeightSchema: finite and > 0', () => {
    expect(accepts(WeightSchema, 1e-9)).toBe(true);
    expect(accepts(WeightSchema, 1e300)).toBe(true);
    for (const w of [0, -0, -1, Number.NaN, Number.POSITIVE_INFINITY, '1', null]) expect(accepts(WeightSchema, w), String(w)).toBe(false);
  });
});

describe('bilingual enumerations', () => {
  it('folds case, width and separators', () => {
    expect(foldSpelling('  Industrial_Chain ')).toBe('industrial chain');
    expect(foldSpelling('RESOURCE-FACTOR')).toBe('resource factor');
    expect(foldSpelling('ｃｒｏｓｓ－ｒｅｇｉｏｎａｌ')).toBe('cross regional');
    expect(foldSpelling('cross–regional')).toBe('cross regional');
    expect(foldSpelling('联合规划/政策')).toBe('联合规划 政策');
  });

  it('linkage modes: Chinese, English, ids, aliases and folded spellings all give the id', () => {
    const cases: [string, string][] = [
      ['资源要素联动', 'resource-factor'],
      ['资源要素', 'resource-factor'],
      ['resource-factor linkage', 'resource-factor'],
      ['Resource Factor', 'resource-factor'],
      ['RESOURCE_FACTOR', 'resource-factor'],
      ['产业链联动', 'industrial-chain'],
      ['Industrial Chain', 'industrial-chain'],
      ['industrial-chain linkage', 'industrial-chain'],
      ['ｉｎｄｕｓｔｒｉａｌ－ｃｈａｉｎ', 'industrial-chain'],
      ['跨区域联动', 'cross-regional'],
      ['跨区域', 'cross-regional'],
      ['Cross Regional', 'cross-regional'],
      [' cross-regional ', 'cross-regional'],
    ];
    for (const [input, id] of cases) expect(LinkageModeSchema.parse(input), input).toBe(id);
  });

  it('rejects unknown spellings with a code naming the enumeration and the accepted ids; never a default', () => {
    const result = LinkageModeSchema.safeParse('industrial');
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as unknown as { message: string; params: { zonelinkCode: string; expected: string } };
    expect(issue.params.zonelinkCode).toBe('unknown-mode');
    expect(issue.params.expected).toBe('resource-factor (资源要素联动), industrial-chain (产业链联动), cross-regional (跨区域联动)');
    expect(issue.message).toContain('"industrial"');
    for (const bad of ['', '产业链 联动', 'chain', '联动']) expect(problem(LinkageModeSchema, bad), bad).toBe('unknown-mode');
    expect(problem(PlatformCategorySchema, 'zone')).toBe('unknown-category');
    expect(problem(ZoneSubtypeSchema, 'super')).toBe('unknown-subtype');
    expect(problem(CooperationTypeSchema, '科技型')).toBe('unknown-cooperation-type');
    expect(problem(MacroRegionSchema, 'south')).toBe('unknown-macro-region');
    expect(problem(ProvinceSchema, '粤')).toBe('unknown-province');
  });

  it('other enumerations in Chinese and English', () => {
    expect(PlatformCategorySchema.parse('国家级开发区')).toBe('national-development-zone');
    expect(PlatformCategorySchema.parse('National Development Zone')).toBe('national-development-zone');
    expect(PlatformCategorySchema.parse('SEZ')).toBe('special-economic-zone');
    expect(PlatformCategorySchema.parse('自贸区')).toBe('customs-area-or-ftz');
    expect(PlatformCategorySchema.parse('跨境电商综试区')).toBe('cross-border-ecommerce-zone');
    expect(ZoneSubtypeSchema.parse('经开区')).toBe('etdz');
    expect(ZoneSubtypeSchema.parse('High-Tech Zone')).toBe('htz');
    expect(ZoneSubtypeSchema.parse('综保区')).toBe('comprehensive-bonded-zone');
    expect(MacroRegionSchema.parse('东部')).toBe('east');
    expect(MacroRegionSchema.parse('东北地区')).toBe('northeast');
    expect(MacroRegionSchema.parse('North-East')).toBe('northeast');
    expect(LinkageMechanismSchema.parse('共享')).toBe('sharing');
    expect(LinkageArrangementSchema.parse('Co-Built Park')).toBe('co-built-park');
    expect(LinkageArrangementSchema.parse('联合规划/政策')).toBe('joint-plan');
  });

  it('every id, Chinese and English label and alias of every enumeration parses to its own term', () => {
    const tables: [string, readonly BilingualTerm[], z.ZodType][] = [
      ['mode', LINKAGE_MODES, LinkageModeSchema],
      ['category', PLATFORM_CATEGORIES, PlatformCategorySchema],
      ['subtype', ZONE_SUBTYPES, ZoneSubtypeSchema],
      ['mechanism', LINKAGE_MECHANISMS, LinkageMechanismSchema],
      ['cooperation type', COOPERATION_TYPES, CooperationTypeSchema],
      ['arrangement', LINKAGE_ARRANGEMENTS, LinkageArrangementSchema],
      ['macro-region', MACRO_REGIONS, MacroRegionSchema],
      ['province', PROVINCES, ProvinceSchema],
    ];
    for (const [name, terms, schema] of tables) {
      for (const term of terms) {
        for (const spelling of [term.id, term.zh, term.en, ...(term.aliases ?? [])]) {
          expect(schema.parse(spelling), `${name}: ${spelling}`).toBe(term.id);
          expect(schema.parse(spelling.toUpperCase()), `${name}: ${spelling.toUpperCase()}`).toBe(term.id);
        }
      }
    }
  });

  it('no two terms of one enumeration share a spelling (a later term would silently win)', () => {
    const all: [string, readonly BilingualTerm[]][] = [
      ['modes', LINKAGE_MODES],
      ['categories', PLATFORM_CATEGORIES],
      ['subtypes', ZONE_SUBTYPES],
      ['levels', ZONE_LEVELS],
      ['regions', MACRO_REGIONS],
      ['strategies', REGIONAL_STRATEGIES],
      ['city levels', CITY_LEVELS],
      ['mechanisms', LINKAGE_MECHANISMS],
      ['cooperation types', COOPERATION_TYPES],
      ['arrangements', LINKAGE_ARRANGEMENTS],
      ['provinces', PROVINCES],
    ];
    for (const [name, terms] of all) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const term of terms) {
        for (const spelling of new Set([term.id, term.zh, term.en, ...(term.aliases ?? [])].map(foldSpelling))) {
          const previous = owner.get(spelling);
          if (previous !== undefined && previous !== term.id) clashes.push(`${spelling}: ${previous} / ${term.id}`);
          owner.set(spelling, term.id);
        }
      }
      expect(clashes, name).toEqual([]);
    }
  });
});

describe('provinces', () => {
  // NBS (2011) four macro-regions, written out by hand from the NBS definition.
  const EAST = ['北京', '天津', '河北', '上海', '江苏', '浙江', '福建', '山东', '广东', '海南'];
  const CENTRAL = ['山西', '安徽', '江西', '河南', '湖北', '湖南'];
  const WEST = ['内蒙古', '广西', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'];
  const NORTHEAST = ['辽宁', '吉林', '黑龙江'];

  it('covers the 31 mainland units in the four NBS macro-regions, plus Hong Kong, Macao and Taiwan', () => {
    expect(PROVINCES).toHaveLength(34);
    const region = (short: string) => PROVINCES.find((p) => p.aliases?.includes(short))?.region;
    for (const p of EAST) expect(region(p), p).toBe('east');
    for (const p of CENTRAL) expect(region(p), p).toBe('central');
    for (const p of WEST) expect(region(p), p).toBe('west');
    for (const p of NORTHEAST) expect(region(p), p).toBe('northeast');
    for (const p of ['香港', '澳门', '台湾']) expect(region(p), p).toBeNull();
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
  });

  it('accepts a province by id, full name, short name, English name, 2-digit or 6-digit code', () => {
    for (const spelling of ['guangdong', '广东省', '广东', 'Guangdong', 'GUANGDONG', '44', '440000']) expect(ProvinceSchema.parse(spelling), spelling).toBe('guangdong');
    for (const spelling of ['inner-mongolia', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'inner_mongolia', '15', '150000']) expect(ProvinceSchema.parse(spelling), spelling).toBe('inner-mongolia');
    expect(ProvinceSchema.parse('香港特别行政区')).toBe('hong-kong');
    expect(ProvinceSchema.parse('81')).toBe('hong-kong');
    expect(ProvinceSchema.parse('Shaanxi')).toBe('shaanxi');
    expect(ProvinceSchema.parse('陕西')).toBe('shaanxi');
    expect(ProvinceSchema.parse('Shanxi')).toBe('shanxi');
    expect(ProvinceSchema.parse('山西')).toBe('shanxi');
    for (const bad of ['Canton', '粤', '440100', '4', '广东省省']) expect(problem(ProvinceSchema, bad), bad).toBe('unknown-province');
  });

  it('finds the province of an administrative code by its first two digits', () => {
    expect(provinceOfCode('440300')?.id).toBe('guangdong');
    expect(provinceOfCode('500000')?.id).toBe('chongqing');
    expect(provinceOfCode('830000')).toBeUndefined();
    expect(PROVINCE_BY_ID.get('xinjiang')?.zh).toBe('新疆维吾尔自治区');
  });
});

describe('records', () => {
  it('ZoneSchema: required fields, defaults none, normalised enumerations', () => {
    expect(ZoneSchema.parse(ZONE)).toEqual({ ...ZONE, category: 'special-economic-zone' });
    for (const field of ['id', 'name', 'category', 'level', 'hostCities']) {
      const { [field]: _omitted, ...rest } = ZONE as Record<string, unknown>;
      expect(accepts(ZoneSchema, rest), field).toBe(false);
    }
    expect(accepts(ZoneSchema, { ...ZONE, hostCities: [] })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, hostCities: ['4403'] })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, level: 'county' })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, areaKm2: 0 })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, areaKm2: 1.5, batch: 3 })).toBe(true);
    expect(accepts(ZoneSchema, { ...ZONE, batch: '第三批' })).toBe(true);
    expect(accepts(ZoneSchema, { ...ZONE, batch: 0 })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, batch: 1.5 })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, approved: '2019年' })).toBe(false);
    expect(accepts(ZoneSchema, { ...ZONE, parent: ' p' })).toBe(false);
    expect(ZoneSchema.parse({ ...ZONE, province: '广东', subtype: 'Branch Park' })).toMatchObject({ province: 'guangdong', subtype: 'branch-park' });
  });

  it('CitySchema: 6-digit id, defaults for lists and flags', () => {
    expect(CitySchema.parse(CITY)).toEqual({ ...CITY, strategies: [], cityClusters: [], nationalCentralCity: false, provincialCapital: false });
    expect(accepts(CitySchema, { ...CITY, id: 'shenzhen' })).toBe(false);
    expect(CitySchema.parse({ ...CITY, strategies: ['大湾区', 'YREB'], level: '地级市', region: '东部' })).toMatchObject({
      strategies: ['greater-bay-area', 'yangtze-river-economic-belt'],
      level: 'prefecture-city',
      region: 'east',
    });
    expect(accepts(CitySchema, { ...CITY, strategies: ['西部大开发'] })).toBe(false);
    expect(accepts(CitySchema, { ...CITY, cityClusters: [''] })).toBe(false);
    expect(accepts(CitySchema, { ...CITY, provincialCapital: 'yes' })).toBe(false);
  });

  it('LinkageSchema: defaults directed false, weight 1, enclave false; rejects bad weights and years', () => {
    expect(LinkageSchema.parse(LINKAGE)).toEqual({ ...LINKAGE, directed: false, weight: 1, enclave: false });
    for (const weight of [0, -2, Number.NaN, Number.POSITIVE_INFINITY, '1,5']) expect(accepts(LinkageSchema, { ...LINKAGE, weight }), String(weight)).toBe(false);
    expect(accepts(LinkageSchema, { ...LINKAGE, startYear: 1800 })).toBe(false);
    expect(accepts(LinkageSchema, { ...LINKAGE, startYear: '2019' })).toBe(false);
    expect(accepts(LinkageSchema, { ...LINKAGE, mode: undefined })).toBe(false);
    expect(accepts(LinkageSchema, { ...LINKAGE, source: '' })).toBe(false);
    expect(LinkageSchema.parse({ ...LINKAGE, mode: '跨区域联动', cooperationType: '圈层辐射型', mechanism: 'Incentive', arrangement: '飞地', enclave: true })).toMatchObject({
      mode: 'cross-regional',
      cooperationType: 'circle-radiation',
      mechanism: 'incentive',
      arrangement: 'enclave',
      enclave: true,
    });
  });

  it('NodeSchema tells zones and cities apart by kind', () => {
    expect(NodeSchema.parse(ZONE).kind).toBe('zone');
    expect(NodeSchema.parse(CITY).kind).toBe('city');
    expect(accepts(NodeSchema, { ...ZONE, kind: 'park' })).toBe(false);
    expect(accepts(NodeSchema, { ...CITY, kind: 'zone' })).toBe(false);
  });

  it('DatasetSchema: metadata required, linkages default to []', () => {
    expect(DatasetSchema.parse({ metadata: { name: 'd' }, nodes: [CITY] })).toMatchObject({ metadata: { name: 'd', sources: [], coverage: [] }, linkages: [] });
    expect(accepts(DatasetSchema, { nodes: [] })).toBe(false);
    expect(accepts(DatasetSchema, { metadata: { name: '' }, nodes: [] })).toBe(false);
    expect(accepts(DatasetSchema, { metadata: { name: 'd', asOf: '2024-02-30' }, nodes: [] })).toBe(false);
    expect(accepts(DatasetSchema, { metadata: { name: 'd', coverage: [{ scope: 'zones', complete: true, count: -1, note: '' }] }, nodes: [] })).toBe(false);
  });
});
