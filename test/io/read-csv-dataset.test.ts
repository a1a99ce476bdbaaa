import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { readCsvDataset, type CsvDatasetInput } from '../../src/io/read-csv-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'io');
const gbk = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

function failure(input: CsvDatasetInput, options = {}): ZonelinkError {
  return zonelinkErrorOf(() => readCsvDataset(input, options));
}

const ENGLISH = {
  zones: [
    'id,name,name_en,category,subtype,level,approved,batch,host_cities,province,parent,lon,lat,area_km2,citation,note',
    'pudong,浦东新区,Pudong New Area,national-new-area,,national,1992-10,1,310000,,,121.5,31.2,1210.4,国务院批复,',
    'lingang,临港新片区,Lingang,customs-area-or-ftz,ftz-area,national,2019-08-06,第三批,310000,shanghai,pudong,,,,,"a note, with a comma"',
  ].join('\n'),
  cities: [
    'id,name,name_en,level,province,region,strategies,city_clusters,national_central_city,provincial_capital,lon,lat',
    '310000,上海市,Shanghai,municipality,,,长三角;YREB,yangtze-river-delta-cluster,true,false,121.47,31.23',
  ].join('\n'),
  linkages: [
    'id,source,target,mode,directed,weight,start_year,end_year,cooperation_type,mechanism,arrangement,enclave,description,citation',
    'l1,lingang,pudong,industrial-chain,true,2.5,2019,2023,chain-extension,cooperation,membership,false,片区与新区,文件',
  ].join('\n'),
};

const CHINESE = {
  zones: [
    '编号,名称,英文名称,类别,子类,级别,批准时间,批次,所在城市代码,省份,上级平台,经度,纬度,规划面积,来源,备注',
    'pudong,浦东新区,Pudong New Area,国家级新区,,国家级,1992-10,1,310000,,,121.5,31.2,1210.4,国务院批复,',
    'lingang,临港新片区,Lingang,自由贸易试验区,片区,国家级,2019-08-06,第三批,310000,上海,pudong,,,,,"a note, with a comma"',
  ].join('\n'),
  cities: [
    '行政区划代码,名称,英文名称,行政级别,省份,四大板块,区域战略,城市群,国家中心城市,省会,经度,纬度',
    '310000,上海市,Shanghai,直辖市,,,长江三角洲；长江经济带,yangtze-river-delta-cluster,是,否,121.47,31.23',
  ].join('\n'),
  linkages: [
    '联动编号,起点,终点,联动模式,是否有向,权重,开始年份,结束年份,合作类型,联动机制,合作形式,飞地,描述,出处',
    'l1,lingang,pudong,产业链联动,是,2.5,2019,2023,产业链延补型,合作机制,隶属/包含,否,片区与新区,文件',
  ].join('\n'),
};

describe('readCsvDataset', () => {
  it('reads zones, cities and linkages with English headers, normalising every field', () => {
    const dataset = readCsvDataset(ENGLISH);
    expect(dataset.metadata).toEqual({ name: 'zones.csv', sources: [], coverage: [] });
    expect(dataset.nodes).toEqual([
      {
        kind: 'zone',
        id: 'pudong',
        name: { zh: '浦东新区', en: 'Pudong New Area' },
        category: 'national-new-area',
        level: 'national',
        approved: '1992-10',
        batch: 1,
        hostCities: ['310000'],
        province: 'shanghai',
        coordinates: { lon: 121.5, lat: 31.2 },
        areaKm2: 1210.4,
        citation: '国务院批复',
      },
      {
        kind: 'zone',
        id: 'lingang',
        name: { zh: '临港新片区', en: 'Lingang' },
        category: 'customs-area-or-ftz',
        subtype: 'ftz-area',
        level: 'national',
        approved: '2019-08-06',
        batch: '第三批',
        hostCities: ['310000'],
        province: 'shanghai',
        parent: 'pudong',
        note: 'a note, with a comma',
      },
      {
        kind: 'city',
        id: '310000',
        name: { zh: '上海市', en: 'Shanghai' },
        level: 'municipality',
        province: 'shanghai',
        region: 'east',
        strategies: ['yangtze-river-delta', 'yangtze-river-economic-belt'],
        cityClusters: ['yangtze-river-delta-cluster'],
        nationalCentralCity: true,
        provincialCapital: false,
        coordinates: { lon: 121.47, lat: 31.23 },
      },
    ]);
    expect(dataset.linkages).toEqual([
      {
        id: 'l1',
        source: 'lingang',
        target: 'pudong',
        mode: 'industrial-chain',
        directed: true,
        weight: 2.5,
        startYear: 2019,
        endYear: 2023,
        cooperationType: 'chain-extension',
        mechanism: 'cooperation',
        arrangement: 'membership',
        enclave: false,
        description: '片区与新区',
        citation: '文件',
      },
    ]);
  });

  it('reads the same data with Chinese headers and Chinese values to the same dataset', () => {
    const english = readCsvDataset(ENGLISH);
    const chinese = readCsvDataset(CHINESE);
    expect(chinese.nodes).toEqual(english.nodes);
    expect(chinese.linkages).toEqual(english.linkages);
  });

  it('reads the GBK fixtures (Excel on Chinese Windows) with Chinese headers', () => {
    const dataset = readCsvDataset({
      zones: { file: 'zones-gbk.csv', content: gbk('zones-gbk.csv') },
      cities: { file: 'cities-gbk.csv', content: gbk('cities-gbk.csv') },
      linkages: { file: 'linkages-gbk.csv', content: gbk('linkages-gbk.csv') },
    });
    const byId = Object.fromEntries(dataset.nodes.map((n) => [n.id, n]));
    expect(byId['htz-gz']).toEqual({
      kind: 'zone',
      id: 'htz-gz',
      name: { zh: '广州高新技术产业开发区', en: 'Guangzhou HTZ' },
      category: 'national-development-zone',
      subtype: 'htz',
      level: 'national',
      approved: '1991-03',
      hostCities: ['440100'],
      province: 'guangdong',
    });
    expect(byId['etdz-gz']).toMatchObject({ name: { zh: '广州经济技术开发区' }, subtype: 'etdz', province: 'guangdong' });
    expect(byId['440100']).toEqual({
      kind: 'city',
      id: '440100',
      name: { zh: '广州市', en: 'Guangzhou' },
      province: 'guangdong',
      region: 'east',
      strategies: [],
      cityClusters: [],
      nationalCentralCity: true,
      provincialCapital: true,
      coordinates: { lon: 113.26, lat: 23.13 },
      indicators: { '2020': { 人口: 18676605 } },
    });
    expect(byId['440300']).toMatchObject({ name: { zh: '深圳市', en: 'Shenzhen' }, provincialCapital: false, indicators: { '2020': { 人口: 17560061 } } });
    expect(dataset.linkages).toEqual([
      { id: 'l1', source: 'htz-gz', target: 'etdz-gz', mode: 'industrial-chain', directed: false, weight: 2, startYear: 2015, enclave: false },
      { id: 'l2', source: 'htz-gz', target: '440300', mode: 'cross-regional', directed: true, weight: 1.5, startYear: 2019, enclave: false },
    ]);
  });

  it('reads GBK when told to, and the GBK fixtures fail as UTF-8 with the file named', () => {
    expect(readCsvDataset({ cities: gbk('cities-gbk.csv') }, { encoding: 'gbk' }).nodes).toHaveLength(2);
    const error = failure({ cities: { file: 'c.csv', content: gbk('cities-gbk.csv') } }, { encoding: 'utf-8' });
    expect(error.issues).toEqual([expect.objectContaining({ code: 'invalid-utf8', file: 'c.csv' })]);
  });

  it('reads indicator columns <name>@<year> into indicators by year', () => {
    const dataset = readCsvDataset({
      cities: 'id,name,gdp@2020,GDP@2021,人口 @ 2020,gdp_per_capita@2021\n440100,广州市,25019.1,28231.97,1867.66,\n440300,深圳市,,,,183274\n',
    });
    expect(dataset.nodes[0]).toMatchObject({ indicators: { '2020': { gdp: 25019.1, 人口: 1867.66 }, '2021': { GDP: 28231.97 } } });
    expect(dataset.nodes[1]).toMatchObject({ indicators: { '2021': { gdp_per_capita: 183274 } } });
    // A city without any indicator value has no indicators at all.
    expect(readCsvDataset({ cities: 'id,name,gdp@2020\n440100,广州市,\n' }).nodes[0]).not.toHaveProperty('indicators');
  });

  it('splits lists on ; ； | and 、, dropping empty items', () => {
    const zones = ['id,name,category,level,host_cities', 'a,甲,SEZ,national,440100;440300', 'b,乙,SEZ,national,440100；440300', 'c,丙,SEZ,national,440100 | 440300', 'd,丁,SEZ,national,440100、440300;'].join('\n');
    const dataset = readCsvDataset({ zones });
    for (const node of dataset.nodes) expect(node).toMatchObject({ hostCities: ['440100', '440300'] });
  });

  it('reads a mixed node file with a kind column', () => {
    const dataset = readCsvDataset({
      nodes: '节点类型,编号,名称,类别,级别,所在城市代码,四大板块\ncity,440100,广州市,,,,东部\nzone,z1,甲园区,开发区,国家级,440100,\n',
      linkages: 'id,source,target,mode\nl1,z1,440100,cross regional\n',
    });
    expect(dataset.nodes.map((n) => [n.kind, n.id])).toEqual([
      ['city', '440100'],
      ['zone', 'z1'],
    ]);
    expect(dataset.nodes[0]).toMatchObject({ region: 'east', province: 'guangdong' });
    expect(dataset.linkages[0].mode).toBe('cross-regional');
  });

  it('takes text, bytes, an ArrayBuffer, or { file, content }; tab-separated files too', () => {
    const text = 'id,name\n440100,广州市\n';
    const bytes = new TextEncoder().encode(text);
    for (const cities of [text, bytes, bytes.slice().buffer, { file: 'c.csv', content: text }]) {
      expect(readCsvDataset({ cities }).nodes[0]).toMatchObject({ id: '440100', name: { zh: '广州市' } });
    }
    expect(readCsvDataset({ cities: 'id\tname\n440100\t广州市\n' }).nodes).toHaveLength(1);
  });

  it('takes metadata as an object or JSON text; defaults its name to the first file', () => {
    const cities = { file: 'my-cities.csv', content: 'id,name\n440100,广州市\n' };
    expect(readCsvDataset({ cities }).metadata.name).toBe('my-cities.csv');
    const metadata = { name: 'test', version: '1', asOf: '2024-06' };
    expect(readCsvDataset({ cities, metadata }).metadata).toEqual({ ...metadata, sources: [], coverage: [] });
    expect(readCsvDataset({ cities, metadata: JSON.stringify(metadata) }).metadata.asOf).toBe('2024-06');
    expect(() => readCsvDataset({ cities, metadata: '{"name": ' })).toThrow(ZonelinkError);
    const bad = failure({ cities, metadata: { name: '', asOf: '2024年', licence: 'CC-BY' } });
    expect(bad.issues.map((i) => [i.code, i.field])).toEqual([
      ['unknown-field', 'metadata.licence'],
      ['out-of-range', 'metadata.name'],
      ['invalid-date', 'metadata.asOf'],
    ]);
  });

  it('accepts self-loops only when allowed', () => {
    const input = { cities: 'id,name\n440100,广州市\n', linkages: 'id,source,target,mode\nl1,440100,440100,资源要素\n' };
    expect(failure(input).issues).toEqual([expect.objectContaining({ code: 'self-loop', row: 2, column: 'target', id: 'l1' })]);
    expect(readCsvDataset(input, { allowSelfLoops: true }).linkages).toHaveLength(1);
  });

  it('needs at least one file', () => {
    const error = failure({});
    expect(error.issues).toEqual([expect.objectContaining({ code: 'no-input' })]);
  });

  it('reports every problem of every file in one pass, each with file, row, column, field, value and expected', () => {
    const error = failure({
      zones: { file: 'z.csv', content: 'id,name,category,level,host_cities\nz1,甲,开发区,国家级,440100\nz2,乙,bogus,国家级,440100\n' },
      cities: { file: 'c.csv', content: 'id,name,provincial_capital\n440100,广州市,也许\n' },
      linkages: { file: 'l.csv', content: 'id,source,target,mode,weight,start_year\nl1,z1,z9,产业链,"1,5",2019年\n' },
    });
    expect(error.code).toBe('invalid-dataset');
    expect(error.message).toContain('4 problems');
    const byCode = Object.fromEntries(error.issues.map((i) => [i.code, i]));
    expect(Object.keys(byCode).sort()).toEqual(['invalid-boolean', 'invalid-number', 'invalid-year', 'unknown-category']);
    expect(byCode['unknown-category']).toMatchObject({ file: 'z.csv', row: 3, column: 'category', field: 'category', id: 'z2', value: 'bogus' });
    expect(byCode['unknown-category'].expected).toContain('national-development-zone');
    expect(byCode['unknown-category'].message).toContain('z.csv, row 3, column "category"');
    expect(byCode['invalid-boolean']).toMatchObject({ file: 'c.csv', row: 2, column: 'provincial_capital', field: 'provincialCapital', id: '440100', value: '也许' });
    expect(byCode['invalid-number']).toMatchObject({ file: 'l.csv', row: 2, column: 'weight', field: 'weight', id: 'l1', value: '1,5' });
    expect(byCode['invalid-number'].message).toContain('1.5');
    expect(byCode['invalid-year']).toMatchObject({ file: 'l.csv', row: 2, column: 'start_year', field: 'startYear', id: 'l1', value: '2019年' });
    expect(byCode['invalid-year'].message).toContain('write 2019');
    // Whole-dataset checks skip records that failed on their own: z1's host city 440100 and
    // l1's target z9 are not also reported (440100 exists, though invalid; l1 is invalid anyway).
    // Every row is accounted for, in every file.
    expect(error.records).toEqual([
      { file: 'z.csv', table: 'zones', by: 'row', total: 2, valid: [2], invalid: [3] },
      { file: 'c.csv', table: 'cities', by: 'row', total: 1, valid: [], invalid: [2] },
      { file: 'l.csv', table: 'linkages', by: 'row', total: 1, valid: [], invalid: [2] },
    ]);
  });

  it('does not report a linkage to a node that failed on its own as unknown', () => {
    const error = failure({
      zones: 'id,name,category,level,host_cities\nz1,甲,bogus,national,440100\nz2,乙,SEZ,national,440100\n',
      linkages: 'id,source,target,mode\nl1,z1,z2,cross-regional\n',
    });
    expect(error.issues.map((i) => i.code)).toEqual(['unknown-category']);
    expect(error.records?.find((r) => r.table === 'linkages')).toMatchObject({ valid: [2], invalid: [] });
  });

  it('checks zones against city nodes only when the dataset has city nodes', () => {
    const zones = 'id,name,category,level,host_cities\nz1,甲,SEZ,national,440300\n';
    expect(readCsvDataset({ zones }).nodes[0]).toMatchObject({ province: 'guangdong' });
    expect(failure({ zones, cities: 'id,name\n440100,广州市\n' }).issues).toEqual([expect.objectContaining({ code: 'unknown-host-city', row: 2, id: 'z1' })]);
  });

  it('reports a zone province that contradicts every host city, and accepts one that matches any', () => {
    const zones = 'id,name,category,level,host_cities,province\nz1,甲,SEZ,national,440100;310000,上海\nz2,乙,SEZ,national,440100,浙江\n';
    const error = failure({ zones });
    expect(error.issues).toEqual([expect.objectContaining({ code: 'province-mismatch', row: 3, column: 'province', id: 'z2', value: 'zhejiang', expected: 'guangdong' })]);
  });
});

describe('readCsvDataset: the kind column of a node file', () => {
  it('takes zone/city in Chinese or English spellings', () => {
    const nodes = '节点类型,编号,名称,类别,级别,所在城市代码\n园区,z1,甲园区,开发区,国家级,440100\n城市,440100,广州市,,,\nZone,z2,乙园区,经济特区,national,440100\n';
    const dataset = readCsvDataset({ nodes });
    expect(dataset.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['z1', 'zone'],
      ['440100', 'city'],
      ['z2', 'zone'],
    ]);
  });
});
