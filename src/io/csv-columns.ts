import { foldSpelling } from '../schema/bilingual-enum.js';
import type { CellType } from './csv-cell.js';

/** A CSV column: where its value goes in the record, how to read it, the headers that name it. */
export interface ColumnSpec {
  path: readonly string[];
  type: CellType;
  headers: readonly string[];
  required?: boolean;
}

const id = (headers: string[]): ColumnSpec => ({ path: ['id'], type: 'string', headers: ['id', 'ID', '编号', ...headers], required: true });
const nameZh: ColumnSpec = { path: ['name', 'zh'], type: 'string', headers: ['name', 'name_zh', 'name zh', '名称', '中文名', '中文名称'], required: true };
const nameEn: ColumnSpec = { path: ['name', 'en'], type: 'string', headers: ['name_en', 'english name', 'english', '英文名', '英文名称'] };
const province: ColumnSpec = { path: ['province'], type: 'string', headers: ['province', '省份', '省', '所在省份', '所属省份'] };
const lon: ColumnSpec = { path: ['coordinates', 'lon'], type: 'number', headers: ['lon', 'lng', 'longitude', '经度'] };
const lat: ColumnSpec = { path: ['coordinates', 'lat'], type: 'number', headers: ['lat', 'latitude', '纬度'] };
const precision: ColumnSpec = { path: ['coordinates', 'precision'], type: 'string', headers: ['coordinate_precision', '坐标精度'] };
const citation: ColumnSpec = { path: ['citation'], type: 'string', headers: ['citation', 'reference', '来源', '出处', '文献'] };
const note: ColumnSpec = { path: ['note'], type: 'string', headers: ['note', 'notes', '备注'] };

/** Zone columns (English and Chinese headers). */
export const ZONE_COLUMNS: readonly ColumnSpec[] = [
  id(['zone_id', '园区编号', '平台编号']),
  nameZh,
  nameEn,
  { path: ['category'], type: 'string', headers: ['category', '类别', '平台类别', '平台类型'], required: true },
  { path: ['subtype'], type: 'string', headers: ['subtype', '子类', '子类型', '细分类型'] },
  { path: ['level'], type: 'string', headers: ['level', '级别', '等级'], required: true },
  { path: ['approved'], type: 'string', headers: ['approved', 'approval_date', 'approval date', 'approval_year', '批准时间', '批准日期', '批准年份', '设立时间', '获批时间'] },
  { path: ['batch'], type: 'integer-or-text', headers: ['batch', '批次'] },
  { path: ['hostCities'], type: 'list', headers: ['host_cities', 'hostcities', 'host_city', 'host city', 'host cities', '所在城市', '所在城市代码', '城市代码', '所在地市代码'], required: true },
  province,
  { path: ['parent'], type: 'string', headers: ['parent', '上级平台', '所属平台'] },
  { path: ['partOf'], type: 'list', headers: ['part_of', 'partof', 'part of', '所在平台', '包含于', '隶属平台'] },
  lon,
  lat,
  precision,
  { path: ['areaKm2'], type: 'number', headers: ['area_km2', 'area', '面积', '面积_km2', '规划面积'] },
  citation,
  note,
];

/** City columns (English and Chinese headers). */
export const CITY_COLUMNS: readonly ColumnSpec[] = [
  id(['code', 'city_code', '城市代码', '行政区划代码', '区划代码']),
  nameZh,
  nameEn,
  { path: ['level'], type: 'string', headers: ['level', 'city_level', '行政级别', '级别'] },
  province,
  { path: ['region'], type: 'string', headers: ['region', 'macro_region', 'macro region', '四大板块', '板块', '区域'] },
  { path: ['strategies'], type: 'list', headers: ['strategies', 'strategy', '区域战略', '重大战略'] },
  { path: ['cityClusters'], type: 'list', headers: ['city_clusters', 'city clusters', '城市群'] },
  { path: ['nationalCentralCity'], type: 'boolean', headers: ['national_central_city', 'national central city', '国家中心城市'] },
  { path: ['provincialCapital'], type: 'boolean', headers: ['provincial_capital', 'provincial capital', 'capital', '省会', '省会城市'] },
  lon,
  lat,
  precision,
  citation,
  note,
];

/** Province node columns (English and Chinese headers); the id is the province code (210000). */
export const PROVINCE_COLUMNS: readonly ColumnSpec[] = [
  id(['code', 'province_code', '省级代码', '行政区划代码', '区划代码']),
  nameZh,
  nameEn,
  province,
  { path: ['region'], type: 'string', headers: ['region', 'macro_region', 'macro region', '四大板块', '板块', '区域'] },
  lon,
  lat,
  precision,
  citation,
  note,
];

/** Columns of a mixed node file: a `kind` column says zone or city for each row (also 园区, 城市 …). */
export const NODE_KIND_COLUMN: ColumnSpec = { path: ['kind'], type: 'node-kind', headers: ['kind', 'node_kind', '节点类型', '节点种类'], required: true };

/** Linkage columns (English and Chinese headers). */
export const LINKAGE_COLUMNS: readonly ColumnSpec[] = [
  id(['linkage_id', '联动编号']),
  { path: ['source'], type: 'string', headers: ['source', 'from', '起点', '源节点', '发起方'], required: true },
  { path: ['target'], type: 'string', headers: ['target', 'to', '终点', '目标节点', '承接方'], required: true },
  { path: ['mode'], type: 'string', headers: ['mode', 'linkage_mode', '联动模式', '模式'], required: true },
  { path: ['directed'], type: 'boolean', headers: ['directed', '有向', '是否有向'] },
  { path: ['weight'], type: 'number', headers: ['weight', '权重', '强度'] },
  { path: ['startYear'], type: 'year', headers: ['start_year', 'startyear', 'start year', 'year', '开始年份', '起始年份', '年份'] },
  { path: ['endYear'], type: 'year', headers: ['end_year', 'endyear', 'end year', '结束年份'] },
  { path: ['cooperationType'], type: 'string', headers: ['cooperation_type', 'cooperation type', '合作类型'] },
  { path: ['mechanism'], type: 'string', headers: ['mechanism', '机制', '联动机制'] },
  { path: ['arrangement'], type: 'string', headers: ['arrangement', '合作形式', '形式'] },
  { path: ['enclave'], type: 'boolean', headers: ['enclave', '飞地'] },
  { path: ['description'], type: 'string', headers: ['description', '描述', '说明'] },
  { path: ['programme'], type: 'string', headers: ['programme', 'program', '项目', '政策项目', '合作机制名称'] },
  citation,
];

/** Accessibility columns (English and Chinese headers): travel times and transport links, not linkages. */
export const ACCESSIBILITY_COLUMNS: readonly ColumnSpec[] = [
  id(['accessibility_id', '可达性编号']),
  { path: ['origin'], type: 'string', headers: ['origin', 'from', 'source', '起点', '出发地'], required: true },
  { path: ['destination'], type: 'string', headers: ['destination', 'to', 'target', '终点', '目的地'], required: true },
  { path: ['minutes'], type: 'number', headers: ['minutes', 'travel_time', 'travel time', '分钟', '时间_分钟', '通行时间'] },
  { path: ['mode'], type: 'string', headers: ['mode', 'transport_mode', 'transport mode', '交通方式', '方式'] },
  { path: ['lines'], type: 'list', headers: ['lines', 'line', '线路', '线路名称'] },
  { path: ['directed'], type: 'boolean', headers: ['directed', '有向', '是否有向'] },
  { path: ['planned'], type: 'boolean', headers: ['planned', 'target', '规划目标', '是否规划'] },
  { path: ['year'], type: 'year', headers: ['year', 'opened', 'opening_year', '年份', '开通年份'] },
  citation,
  note,
];

/** Header lookup (folded spelling → column) for a set of columns. */
export function headerLookup(columns: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const lookup = new Map<string, ColumnSpec>();
  for (const column of columns) for (const header of column.headers) lookup.set(foldSpelling(header), column);
  return lookup;
}

/**
 * An indicator column: `<indicator>@<year>` (`gdp@2020`, `人口@2020`). Its values
 * go to `indicators[year][indicator]`.
 */
export function indicatorColumn(header: string): { indicator: string; year: string } | undefined {
  const m = /^(.+?)\s*@\s*(\d{4})$/.exec(header.trim());
  return m ? { indicator: m[1].trim(), year: m[2] } : undefined;
}
