/**
 * Province nodes, zone containment (`partOf`), linkage programmes and the accessibility table: read from
 * JSON and CSV (English and Chinese headers), validated with every problem at its place, written back.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { writeCsvDataset } from '../../src/io/write-csv-dataset.js';
import { serializeDataset } from '../../src/io/serialize-dataset.js';
import { accessibilityPairs } from '../../src/network/accessibility-pairs.js';
import { accessibilityGraph } from '../../src/network/accessibility-graph.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { cityNetwork } from '../../src/network/city-network.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const base = () => ({
  metadata: { name: 't' },
  nodes: [
    { kind: 'city', id: '110000', name: { zh: '北京市' } },
    { kind: 'city', id: '120000', name: { zh: '天津市' } },
    { kind: 'city', id: '320500', name: { zh: '苏州市' } },
    { kind: 'city', id: '321300', name: { zh: '宿迁市' } },
    { kind: 'province', id: '210000', name: { zh: '辽宁省' } },
    { kind: 'province', id: '320000', name: { zh: '江苏省' } },
    { kind: 'zone', id: 'nna', name: { zh: '新区' }, category: 'national-new-area', level: 'national', hostCities: ['120000'] },
    { kind: 'zone', id: 'etdz', name: { zh: '经开区' }, category: 'national-development-zone', subtype: 'etdz', level: 'national', hostCities: ['120000'], partOf: ['nna'] },
  ],
  linkages: [
    { id: 'l1', source: '210000', target: '320000', mode: '跨区域联动', startYear: 2017, programme: 'northeast-east-counterpart-cooperation', citation: '国办发〔2017〕22号' },
    { id: 'l2', source: '320500', target: '321300', mode: 'cross-regional', directed: true, programme: 'co-built-parks' },
  ],
  accessibility: [
    { id: 'a1', origin: '110000', destination: '120000', mode: '高铁', lines: ['京津城际', '京沪高铁'], year: 2008 },
    { id: 'a2', origin: '110000', destination: '120000', minutes: 30, planned: true },
  ],
});

describe('province nodes, partOf, programme, accessibility', () => {
  it('parses them from JSON, filling the province and region of province nodes from the code', () => {
    const d = parseDataset(base());
    const liaoning = d.nodes.find((n) => n.id === '210000')!;
    expect(liaoning).toMatchObject({ kind: 'province', province: 'liaoning', region: 'northeast' });
    expect(d.nodes.find((n) => n.id === 'etdz')).toMatchObject({ partOf: ['nna'] });
    expect(d.linkages[0]).toMatchObject({ mode: 'cross-regional', programme: 'northeast-east-counterpart-cooperation' });
    expect(d.accessibility![0]).toMatchObject({ mode: 'high-speed-rail', directed: false, planned: false, lines: ['京津城际', '京沪高铁'] });
    expect(d.accessibility![1]).toMatchObject({ minutes: 30, planned: true, lines: [] });
    expect(parseDataset(JSON.parse(serializeDataset(d)))).toEqual(d);
  });

  it('reports every problem with its place: unknown ends, self-loops, duplicate ids, no measure, bad province ids, unknown containers', () => {
    const raw = base() as any;
    raw.accessibility.push(
      { id: 'a3', origin: '110000', destination: 'nowhere', minutes: 10 },
      { id: 'a1', origin: '120000', destination: '120000', mode: 'rail' },
      { id: 'a4', origin: '110000', destination: '120000' },
      { id: 'a5', origin: '110000', destination: '120000', minutes: -5, wieght: 1 },
    );
    raw.nodes.push({ kind: 'province', id: '210100', name: { zh: '沈阳' } });
    raw.nodes[7].partOf = ['nna', 'missing'];
    const error = zonelinkErrorOf(() => parseDataset(raw, { file: 'd.json' }));
    const codes = error.issues.map((i) => [i.code, i.index ?? i.id, i.field]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['unknown-node', 2, 'destination'],
        ['duplicate-id', 3, 'id'],
        ['self-loop', 3, 'destination'],
        ['missing-accessibility-measure', 4, 'minutes'],
        ['unknown-field', 5, 'wieght'],
        ['unknown-parent', 7, 'partOf'],
      ]),
    );
    expect(error.issues.some((i) => i.index === 8 && i.field === 'id')).toBe(true); // 210100 is not a province code
    expect(error.issues.some((i) => i.index === 5 && /minutes/.test(i.message))).toBe(true);
    expect(error.records!.find((r) => r.table === 'accessibility')).toMatchObject({ total: 6, valid: [0, 1] });
  });

  it('reads provinces and accessibility from CSV with Chinese headers and writes them back', () => {
    const d = readCsvDataset({
      cities: '编号,名称\n110000,北京市\n120000,天津市\n320500,苏州市\n321300,宿迁市\n',
      provinces: '编号,名称,备注\n210000,辽宁省,\n320000,江苏省,x\n',
      zones: 'id,名称,类别,级别,所在城市代码,所在平台\nnna,新区,国家级新区,国家级,120000,\netdz,经开区,开发区,国家级,120000,nna\n',
      linkages: '编号,起点,终点,联动模式,开始年份,项目,来源\nl1,210000,320000,跨区域联动,2017,northeast-east-counterpart-cooperation,国办发〔2017〕22号\n',
      accessibility: '编号,起点,终点,分钟,交通方式,线路,规划目标\na1,110000,120000,,高铁,京津城际;京沪高铁,否\na2,110000,120000,30,,,是\n',
    });
    expect(d.nodes.filter((n) => n.kind === 'province').map((n) => n.id)).toEqual(['210000', '320000']);
    expect(d.nodes.find((n) => n.id === 'etdz')).toMatchObject({ partOf: ['nna'] });
    expect(d.linkages[0].programme).toBe('northeast-east-counterpart-cooperation');
    expect(d.accessibility).toHaveLength(2);
    expect(d.accessibility![1]).toMatchObject({ minutes: 30, planned: true });
    const written = writeCsvDataset(d);
    expect(written.provinces).toBeDefined();
    expect(written.accessibility).toBeDefined();
    const back = readCsvDataset({ ...written, metadata: d.metadata });
    expect(back).toEqual(d);
  });

  it('reports a bad accessibility cell at its file, row and column', () => {
    const error = zonelinkErrorOf(() =>
      readCsvDataset({ cities: 'id,name\n110000,北京\n120000,天津\n', accessibility: { file: 'acc.csv', content: 'id,origin,destination,minutes\na1,110000,120000,"1,5"\n' } }),
    );
    expect(error.issues[0]).toMatchObject({ file: 'acc.csv', row: 2, column: 'minutes' });
  });
});

describe('accessibility never enters the linkage network', () => {
  const d = parseDataset(base());
  it('buildNetwork has the linkages only; accessibility is read through its own functions', () => {
    const net = buildNetwork(d);
    expect(net.size).toBe(2);
    expect(net.hasNode('110000') && net.degree('110000')).toBe(0);
    expect(accessibilityPairs(d).map((p) => p.id)).toEqual(['a1', 'a2']);
    expect(accessibilityPairs(d, { includePlanned: false }).map((p) => p.id)).toEqual(['a1']);
    expect(accessibilityPairs(d, { modes: ['rail'] })).toEqual([]);
    const g = accessibilityGraph(d);
    expect(g.size).toBe(1); // two records of one pair merge
    expect(g.getEdgeAttributes(g.edge('110000', '120000')!)).toEqual({ weight: 1, lines: ['京津城际', '京沪高铁'], minutes: 30 });
    expect(accessibilityPairs({ ...d, accessibility: undefined })).toEqual([]);
  });

  it('rejects modes that are not an array', () => {
    const error = zonelinkErrorOf(() => accessibilityPairs(d, { modes: 'rail' as never }));
    expect(error.message).toMatch(/^accessibilityPairs: /);
  });

  it('accessibilityGraph reports bad modes and a graph in place of a dataset under its own name', () => {
    expect(zonelinkErrorOf(() => accessibilityGraph(d, { modes: 'rail' as never })).message).toMatch(/^accessibilityGraph: option modes must be an array of accessibility modes, got "rail"$/);
    expect(zonelinkErrorOf(() => accessibilityGraph(buildNetwork(d) as never)).message).toMatch(/^accessibilityGraph: dataset must be a validated dataset .* got a /);
    expect(zonelinkErrorOf(() => accessibilityPairs({ ...d, accessibility: 'x' as never })).message).toBe('accessibilityPairs: dataset.accessibility must be an array, got a string');
  });

  it('province nodes stay province nodes in the city network (never pinned to a capital)', () => {
    const cities = cityNetwork(buildNetwork(d));
    expect(cities.getNodeAttribute('210000', 'kind')).toBe('province');
    expect(cities.hasEdge('210000', '320000')).toBe(true);
  });
});
