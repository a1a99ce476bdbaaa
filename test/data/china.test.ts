/**
 * Tests of the bundled China dataset (data/china/*.json), read directly from disk.
 *
 * The cross-checks against ../shared/reference-data (the tables the generator
 * scripts/dataset/build_china.py was built from) are skipped, with a note, when
 * that folder is absent (a user's clone of the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, PROVINCES } from '../../src/schema/index.js';

const dataDir = fileURLToPath(new URL('../../data/china/', import.meta.url));
const refDir = fileURLToPath(new URL('../../../shared/reference-data/', import.meta.url));
const hasRef = existsSync(refDir);
if (!hasRef) {
  console.warn(`[test/data/china] ${refDir} not found: cross-checks against the reference data are skipped.`);
}

type Json = Record<string, any>;
const readJson = (name: string): any => JSON.parse(readFileSync(dataDir + name, 'utf8'));
const metadata: Json = readJson('metadata.json');
const cities: Json[] = readJson('cities.json');
const zones: Json[] = readJson('zones.json');
const linkages: Json[] = readJson('linkages.json');
const provinces: Json[] = readJson('provinces.json');
const accessibility: Json[] = readJson('accessibility.json');
const raw = { metadata, nodes: [...cities, ...provinces, ...zones], linkages, accessibility };

const AS_OF_YEAR = 2024;
const cityById = new Map(cities.map((c) => [c.id, c]));
const zoneById = new Map(zones.map((z) => [z.id, z]));
const nodeIds = new Set([...cityById.keys(), ...zoneById.keys(), ...provinces.map((p) => p.id)]);
const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));

function countBy<T>(items: T[], key: (t: T) => string | number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = String(key(item));
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Great-circle distance in km (haversine, R = 6371 km). */
function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, commas and newlines inside quotes). */
function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(refDir + name, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('China dataset: schema and integrity', () => {
  it('parses with DatasetSchema', () => {
    const result = DatasetSchema.safeParse(raw);
    if (!result.success) console.error(result.error.issues.slice(0, 10));
    expect(result.success).toBe(true);
  });

  it('is already in normalised form (parsing changes nothing but defaults)', () => {
    const parsed = DatasetSchema.parse(raw);
    for (const [i, node] of parsed.nodes.entries()) {
      const input = raw.nodes[i];
      if (node.kind === 'zone') {
        expect(node.category).toBe(input.category);
        expect(node.level).toBe(input.level);
        if (input.subtype !== undefined) expect(node.subtype).toBe(input.subtype);
        expect(node.province).toBe(input.province);
      } else if (node.kind === 'city') {
        expect(node.province).toBe(input.province);
        expect(node.strategies).toEqual(input.strategies);
      }
    }
    for (const [i, l] of parsed.linkages.entries()) expect(l.mode).toBe(linkages[i].mode);
  });

  it('has no duplicate node or linkage ids', () => {
    const ids = raw.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const lids = linkages.map((l) => l.id);
    expect(new Set(lids).size).toBe(lids.length);
  });

  it('names cities by their 6-digit codes and zones and linkages by readable slugs', () => {
    for (const c of cities) expect(c.id).toMatch(/^[1-8]\d{5}$/);
    for (const z of zones) expect(z.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    for (const l of linkages) expect(l.id).toMatch(/^l-[a-z0-9-]+$/);
    const prefix: Record<string, string> = {
      'special-economic-zone': 'sez-',
      'national-new-area': 'nna-',
      'cross-border-ecommerce-zone': 'cbec-',
      'major-reform-platform': 'mrp-',
    };
    for (const z of zones) if (prefix[z.category]) expect(z.id.startsWith(prefix[z.category])).toBe(true);
    for (const z of zones.filter((z) => z.subtype === 'htz')) expect(z.id.startsWith('htz-')).toBe(true);
    for (const z of zones.filter((z) => z.subtype === 'etdz')) expect(z.id.startsWith('etdz-')).toBe(true);
    for (const z of zones.filter((z) => z.subtype === 'pilot-ftz')) expect(z.id.startsWith('ftz-')).toBe(true);
    for (const z of zones.filter((z) => z.subtype === 'ftz-area')) expect(z.id.startsWith('ftz-area-')).toBe(true);
    for (const id of ['htz-zhongguancun', 'ftz-shanghai', 'ftz-area-shanghai-lingang', 'etdz-tianjin', 'sez-shenzhen', 'nna-pudong', 'cbec-hangzhou']) {
      expect(zoneById.has(id), id).toBe(true);
    }
  });

  it('every host city code is a city node, and province agrees with the first host', () => {
    for (const z of zones) {
      expect(z.hostCities.length).toBeGreaterThan(0);
      for (const h of z.hostCities) expect(cityById.has(h), `${z.id} host ${h}`).toBe(true);
      expect(new Set(z.hostCities).size).toBe(z.hostCities.length);
      expect(z.province, z.id).toBe(provinceByCode.get(z.hostCities[0].slice(0, 2))!.id);
    }
  });

  it('city province and region agree with the code', () => {
    for (const c of cities) {
      const p = provinceByCode.get(c.id.slice(0, 2))!;
      expect(c.province).toBe(p.id);
      if (p.region === null) expect(c.region).toBeUndefined();
      else expect(c.region, c.id).toBe(p.region);
    }
  });

  it('every parent exists and FTZ areas belong to an FTZ whose hosts include theirs', () => {
    for (const z of zones.filter((z) => z.parent !== undefined)) {
      const parent = zoneById.get(z.parent);
      expect(parent, z.id).toBeDefined();
      expect(parent!.subtype).toBe('pilot-ftz');
      for (const h of z.hostCities) expect(parent!.hostCities).toContain(h);
    }
    for (const z of zones.filter((z) => z.subtype === 'ftz-area')) expect(z.parent).toBeDefined();
    for (const f of zones.filter((z) => z.subtype === 'pilot-ftz')) {
      expect(zones.some((a) => a.parent === f.id), f.id).toBe(true);
    }
  });

  it('every linkage end exists, no self-loops, and one edge per pair, mode, start year and programme', () => {
    const seen = new Set<string>();
    for (const l of linkages) {
      expect(nodeIds.has(l.source), `${l.id} source ${l.source}`).toBe(true);
      expect(nodeIds.has(l.target), `${l.id} target ${l.target}`).toBe(true);
      expect(l.source).not.toBe(l.target);
      // a pair listed again in a later period is a new linkage, and so is a pair that two programmes join (Guangzhou→Meizhou:
      // counterpart assistance and a transfer park, both from 2013): the network is multiplex
      const key = [l.mode, l.startYear, l.programme, ...[l.source, l.target].sort()].join('|');
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      // a paper with its section, or a document with its title (《…》) or number (〔year〕)
      expect(l.citation).toMatch(/《.+》|〔\d{4}〕|对口援疆|对口支援西藏|(pair|park) as stated in/);
    }
  });

  it('dates are in range and FTZ areas are not older than their FTZ', () => {
    for (const z of zones) {
      if (z.approved === undefined) continue;
      const year = Number(z.approved.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1979);
      expect(year).toBeLessThanOrEqual(AS_OF_YEAR);
      if (z.parent) expect(z.approved >= zoneById.get(z.parent)!.approved, z.id).toBe(true);
    }
    for (const l of linkages) {
      if (l.startYear !== undefined) {
        expect(l.startYear).toBeGreaterThanOrEqual(1979);
        expect(l.startYear).toBeLessThanOrEqual(AS_OF_YEAR);
      }
    }
    // a linkage cannot start before both of its ends exist (where their years are known)
    for (const l of linkages.filter((l) => l.startYear !== undefined)) {
      for (const end of [l.source, l.target]) {
        const z = zoneById.get(end);
        if (z?.approved) expect(Number(z.approved.slice(0, 4)), `${l.id} ${end}`).toBeLessThanOrEqual(l.startYear);
      }
    }
  });

  it('coordinates lie inside China\'s bounding box; zone points are their host city\'s centre', () => {
    for (const n of raw.nodes) {
      if (!n.coordinates) continue;
      expect(n.coordinates.lon).toBeGreaterThan(73);
      expect(n.coordinates.lon).toBeLessThan(135.1);
      expect(n.coordinates.lat).toBeGreaterThan(3.8);
      expect(n.coordinates.lat).toBeLessThan(53.6);
    }
    for (const z of zones.filter((z) => z.coordinates)) {
      const host = cityById.get(z.hostCities[0])!;
      // county-level hosts carry approximate label points, which their zones inherit
      expect(z.coordinates.precision).toBe(host.coordinates.precision === 'approximate' ? 'approximate' : 'host-city');
      expect(z.coordinates.lon).toBe(host.coordinates.lon);
      expect(z.coordinates.lat).toBe(host.coordinates.lat);
    }
    expect(cities.every((c) => c.coordinates)).toBe(true);
  });
});

describe('China dataset: counts per category', () => {
  const bySubtype = countBy(zones, (z) => z.subtype);
  const byCategory = countBy(zones, (z) => z.category);

  it('cities: 337 prefecture-level units and municipalities, 2 SARs, 5 county-level hosts', () => {
    const byLevel = countBy(cities, (c) => c.level);
    expect(byLevel).toEqual({
      municipality: 4,
      'prefecture-city': 293,
      'autonomous-prefecture': 30,
      prefecture: 7,
      league: 3,
      'special-administrative-region': 2,
      'county-level-city': 5,
    });
    expect(4 + 293 + 30 + 7 + 3).toBe(337);
    expect(cities.filter((c) => c.nationalCentralCity).map((c) => c.id).sort()).toEqual(
      ['110000', '120000', '310000', '410100', '420100', '440100', '500000', '510100', '610100'],
    );
    const capitals = cities.filter((c) => c.provincialCapital);
    expect(capitals).toHaveLength(27);
    // one capital per province or autonomous region, none in municipalities or SARs
    expect(new Set(capitals.map((c) => c.province)).size).toBe(27);
  });

  it('city clusters and strategies', () => {
    const clusterCount = (id: string) => cities.filter((c) => c.cityClusters.includes(id)).length;
    expect(clusterCount('jing-jin-ji')).toBe(13);
    expect(clusterCount('yangtze-river-delta')).toBe(26);
    expect(clusterCount('pearl-river-delta')).toBe(11); // 9 mainland GBA cities + Hong Kong + Macao
    expect(clusterCount('harbin-changchun')).toBe(11);
    expect(clusterCount('hohhot-baotou-ordos-yulin')).toBe(4);
    expect(clusterCount('shandong-peninsula')).toBe(16);
    const strategyCount = (id: string) => cities.filter((c) => c.strategies.includes(id)).length;
    expect(strategyCount('jing-jin-ji')).toBe(13);
    expect(strategyCount('yangtze-river-delta')).toBe(41);
    expect(strategyCount('greater-bay-area')).toBe(11);
  });

  it('7 SEZs, 19 national new areas, 4 major reform platforms', () => {
    expect(byCategory['special-economic-zone']).toBe(7);
    expect(byCategory['national-new-area']).toBe(19);
    expect(byCategory['major-reform-platform']).toBe(4);
  });

  it('22 pilot FTZs with 73 areas; batches 1–7', () => {
    expect(bySubtype['pilot-ftz']).toBe(22);
    expect(bySubtype['ftz-area']).toBe(73);
    const ftz = zones.filter((z) => z.subtype === 'pilot-ftz');
    expect(countBy(ftz, (z) => z.batch)).toEqual({ 1: 1, 2: 3, 3: 7, 4: 1, 5: 6, 6: 3, 7: 1 });
    expect(zoneById.get('ftz-xinjiang')!.hostCities).toEqual(['650100', '653100', '654000']);
    expect(zoneById.get('ftz-area-shanghai-lingang')!.parent).toBe('ftz-shanghai');
  });

  it('HTZs, ETDZs, border and cross-border zones', () => {
    expect(bySubtype.htz).toBe(175);
    expect(bySubtype.etdz).toBe(229);
    expect(bySubtype['border-economic-cooperation-zone']).toBe(17);
    expect(bySubtype['cross-border-economic-cooperation-zone']).toBe(3);
    // HTZ approval dates: 1988 (Zhongguancun), 国发〔1991〕12号 (26), 国函〔1992〕169号 (25), Yangling 1997,
    // Xiangtan and Taizhou (2009-03), Changzhi, Jinzhou, Lianyungang (2015-02-05), the 10 upgrades of 2017-02-13,
    // the 12 upgrades of 2018-02 and the 5 of 2022 (4 in 2022-06, Xuchang)
    const htzYears = countBy(zones.filter((z) => z.subtype === 'htz' && z.approved), (z) => z.approved);
    expect(htzYears).toEqual({
      1988: 1, 1991: 26, 1992: 25, 1997: 1, '2009-03': 2, '2015-02': 3, '2017-02': 10, '2018-02': 12, 2022: 5,
    });
    const batch2017 = zones.filter((z) => z.subtype === 'htz' && z.approved === '2017-02').map((z) => cityById.get(z.hostCities[0])!.name.zh);
    expect(batch2017.sort()).toEqual(
      ['鄂尔多斯市', '宿迁市', '淮安市', '铜陵市', '咸宁市', '黄冈市', '常德市', '汕头市', '内江市', '安顺市'].sort(),
    );
    // ETDZs: all 13 zones upgraded by 国办函〔2021〕64号 (2021-06), by host city
    const etdz2021 = zones.filter((z) => z.subtype === 'etdz' && z.approved === '2021-06').map((z) => cityById.get(z.hostCities[0])!.name.zh);
    expect(etdz2021.sort()).toEqual(
      ['张家口市', '无锡市', '台州市', '合肥市', '枣庄市', '襄阳市', '孝感市', '永州市', '邵阳市', '揭阳市', '北海市', '成都市', '雅安市'].sort(),
    );
    // 长春西新 (zh.wikipedia list) is the zone renamed 长春汽车经济技术开发区 in 2012; one record, not two
    expect(zoneById.has('etdz-changchun-xixin')).toBe(false);
    expect(zoneById.get('etdz-changchun-automotive')).toMatchObject({ name: { zh: '长春汽车经济技术开发区' }, approved: '2010-12' });
    for (const z of zones.filter((z) => z.subtype === 'etdz' || z.subtype === 'htz')) expect(z.citation, z.id).toBeTruthy();
    // Suzhou Industrial Park is both a national ETDZ and (since 2020 at the latest) counted among the national HTZs
    expect(zoneById.get('etdz-suzhou-industrial-park')!.hostCities).toEqual(['320500']);
    expect(zoneById.get('htz-suzhou-industrial-park')!.hostCities).toEqual(['320500']);
    // the 1992 batch of 国函〔1992〕169号, by host city
    const batch1992 = zones.filter((z) => z.subtype === 'htz' && z.approved === '1992').map((z) => cityById.get(z.hostCities[0])!.name.zh);
    expect(batch1992.sort()).toEqual(
      ['苏州市', '无锡市', '常州市', '佛山市', '惠州市', '珠海市', '青岛市', '潍坊市', '淄博市', '昆明市', '贵阳市', '南昌市', '太原市',
        '南宁市', '乌鲁木齐市', '包头市', '襄阳市', '株洲市', '洛阳市', '大庆市', '宝鸡市', '吉林市', '绵阳市', '保定市', '鞍山市'].sort(),
    );
  });

  it('165 cross-border e-commerce zones in 7 batches, one per place, with the batch year', () => {
    const cbec = zones.filter((z) => z.category === 'cross-border-ecommerce-zone');
    expect(cbec).toHaveLength(165);
    for (const z of cbec) {
      expect(z.subtype).toBe('city-designation');
      expect(z.hostCities).toHaveLength(1);
    }
    expect(countBy(cbec, (z) => z.batch)).toEqual({ 1: 1, 2: 12, 3: 22, 4: 24, 5: 46, 6: 27, 7: 33 });
    const yearOfBatch: Record<number, string> = { 1: '2015', 2: '2016', 3: '2018', 4: '2019', 5: '2020', 6: '2022', 7: '2022' };
    for (const z of cbec) expect(z.approved).toBe(yearOfBatch[z.batch]);
    expect(new Set(cbec.map((z) => z.name.zh)).size).toBe(165);
    expect(zoneById.get('cbec-hangzhou')!.batch).toBe(1);
  });

  it('metadata coverage states counts that match the data and flags incomplete lists', () => {
    const cov = new Map(metadata.coverage.map((c: Json) => [c.scope, c]));
    expect(cov.get('national high-tech zones')).toMatchObject({ complete: false, count: 175 });
    expect(cov.get('national ETDZs')).toMatchObject({ complete: false, count: 229 });
    expect(cov.get('cross-border e-commerce comprehensive pilot zones')).toMatchObject({ complete: true, count: 165 });
    expect(cov.get('pilot free trade zones')).toMatchObject({ complete: true, count: 22 });
    expect(cov.get('FTZ areas')).toMatchObject({ count: 73 });
    expect(cov.get('city indicators: GDP')).toMatchObject({ complete: false, count: 0 });
    expect(cov.get('linkages')).toMatchObject({ complete: false, count: linkages.length });
    expect(cov.get('accessibility')).toMatchObject({ count: accessibility.length });
    expect(cov.get('province nodes')).toMatchObject({ count: provinces.length });
  });
});

describe('China dataset: cases of the source papers', () => {
  const has = (a: string, b: string, mode?: string) =>
    linkages.some((l) => ((l.source === a && l.target === b) || (l.source === b && l.target === a)) && (!mode || l.mode === mode));

  it('platform linkage paper cases (《区域发展重大战略功能平台的联动发展研究》)', () => {
    expect(has('ftz-shanghai', 'idz-zhangjiang')).toBe(true);
    expect(linkages.find((l) => l.target === 'idz-zhangjiang')!.startYear).toBe(2015);
    // containment is partOf, not a linkage (the audit of issue 12)
    expect(has('ftz-shanghai', 'ftz-area-shanghai-pudong-airport-comprehensive-bonded-zone')).toBe(false);
    expect(zoneById.get('ftz-area-shanghai-pudong-airport-comprehensive-bonded-zone')!.partOf).toEqual(['ftz-shanghai']);
    expect(zoneById.get('etdz-tianjin')!.partOf).toEqual(['nna-binhai']);
    expect(zoneById.get('cbz-tianjin-binhai')!.partOf).toEqual(['nna-binhai']);
    expect(has('etdz-tianjin', 'cbz-tianjin-binhai')).toBe(false);
    expect(has('etdz-tianjin', 'nna-xiongan', 'cross-regional')).toBe(true);
    expect(has('htz-zhongguancun', 'nna-xiongan', 'cross-regional')).toBe(true);
    // not stated by the platform linkage paper: the Binhai–Zhongguancun park is a linkage only through the sources that name it (zhongguancun-branch-parks)
    expect(linkages.some((l) => l.target === 'coop-binhai-zhongguancun' && l.programme === 'paper-cases')).toBe(false);
    const lt = linkages.find((l) => l.id === 'l-liangjiang-tianfu')!;
    expect(lt).toMatchObject({ source: 'nna-liangjiang', target: 'nna-tianfu', mode: 'cross-regional', startYear: 2020 });
  });

  it('central-city paper cases (Guangzhou)', () => {
    for (const t of ['mrp-hengqin', 'mrp-qianhai', '810000', '820000', 'ftp-hainan']) {
      expect(has('ftz-area-guangdong-nansha', t), t).toBe(true);
    }
    expect(has('440100', '440600')).toBe(true);
    expect(has('440100', 'coop-guangzhou-qingyuan')).toBe(true);
    // the 30-minute circle and the 60-minute rail circle to every other Greater Bay Area city are accessibility targets, not linkages
    expect(has('440100', '441900')).toBe(false);
    const gba = cities.filter((c) => c.strategies.includes('greater-bay-area') && c.id !== '440100');
    expect(gba).toHaveLength(10);
    const circle = accessibility.filter((a) => a.origin === '440100' && a.planned);
    for (const c of gba) expect(circle.some((a) => a.destination === c.id), c.id).toBe(true);
    expect(circle.filter((a) => a.minutes === 30).map((a) => a.destination).sort()).toEqual(['440600', '441900']);
    expect(cityById.get('810000')!.level).toBe('special-administrative-region');
  });

  it('directed linkages run from the leading platform (hub → branch or cooperation zone)', () => {
    const directed = linkages.filter((l) => l.directed);
    expect(directed.length).toBeGreaterThan(0);
    for (const l of directed.filter((l) => l.arrangement === 'special-cooperation-zone' || l.arrangement === 'branch-park')) {
      expect(zoneById.get(l.target)?.kind ?? cityById.get(l.target)?.kind).toBeDefined();
    }
    // not stated by the paper it cited (audit of issue 12): dropped
    expect(linkages.find((l) => l.id === 'l-shenzhen-shenshan')).toBeUndefined();
    // programme pairings run from the helper to the helped
    expect(linkages.find((l) => l.id === 'l-xinjiang-440300-653100')).toMatchObject({ source: '440300', target: '653100', directed: true });
  });
});

/**
 * Deliberate departures from the reference tables (checked below, each with its reason):
 * - ETDZ "长春西新经济技术开发区 2011.01" (zh.wikipedia list) → "长春汽车经济技术开发区" approved 2010-12: the
 *   zh.wikipedia article on the zone gives the State Council approval 2010-12-30 (unveiled 2011-01-07) and the
 *   State Council renaming of 2012-10-31.
 * - ETDZ "上海金桥出口加工区 1990" (zh.wikipedia) → "上海金桥经济技术开发区" approved 2001-09, as in the 2018
 *   national catalogue (the reference README's own quality note).
 * - ETDZ "石嘴山经济技术开发区" is left out: it was withdrawn from the national list on 2021-01-27 (MOFCOM
 *   assessment), so it is not one of the 230 national ETDZs of 2021.
 * - HTZ "源城高新技术产业开发区" (zh.wikipedia spelling) → "河源高新技术产业开发区", the official name.
 * - SEZ Hainan: the reference hosts it by the province code 460000; the dataset hosts it by Hainan's four
 *   prefecture-level cities (the province code is not a city node).
 * - FTZ Hainan (海南岛全岛): the reference hosts it by Haikou; the dataset lists Haikou first, then Sanya and
 *   Danzhou (the island's other prefecture-level cities).
 * - FTZ batches: the reference numbers Lingang (2019-07) as batch 5 and later batches one higher; the dataset
 *   uses the usual count of designation rounds (2013, 2015, 2017, 2018, 2019, 2020, 2023 → 1–7).
 */
const ETDZ_CORRECTIONS: Record<string, { name: string; approved: string } | 'withdrawn'> = {
  上海金桥出口加工区: { name: '上海金桥经济技术开发区', approved: '2001-09' },
  长春西新经济技术开发区: { name: '长春汽车经济技术开发区', approved: '2010-12' },
  石嘴山经济技术开发区: 'withdrawn',
};
const HTZ_CORRECTIONS: Record<string, string> = { 源城高新技术产业开发区: '河源高新技术产业开发区' };

describe.skipIf(!hasRef)('China dataset: cross-checks against ../shared/reference-data', () => {
  const zoneByZh = (pred: (z: Json) => boolean) => {
    const m = new Map<string, Json[]>();
    for (const z of zones.filter(pred)) m.set(z.name.zh, [...(m.get(z.name.zh) ?? []), z]);
    return m;
  };

  it('cities: codes, names, flags and coordinates (within 50 km) match china_prefecture_cities_2024.csv', () => {
    const rows = readCsv('china_prefecture_cities_2024.csv');
    expect(rows).toHaveLength(337);
    for (const r of rows) {
      const c = cityById.get(r.code);
      expect(c, r.code).toBeDefined();
      expect(c!.name.zh).toBe(r.name);
      expect(c!.region).toBe(r.region4.toLowerCase());
      expect(c!.level === 'municipality').toBe(r.level === 'municipality');
      const d = distanceKm(c!.coordinates.lon, c!.coordinates.lat, Number(r.lon_wgs84), Number(r.lat_wgs84));
      expect(d, r.code).toBeLessThan(50);
      expect(c!.strategies.includes('jing-jin-ji')).toBe(r.jingjinji === '1');
      expect(c!.strategies.includes('yangtze-river-delta')).toBe(r.yrd_2019_all41 === '1');
      expect(c!.strategies.includes('greater-bay-area')).toBe(r.gba === '1');
      expect(c!.strategies.includes('yangtze-river-economic-belt')).toBe(r.yangtze_economic_belt === '1');
      expect(c!.strategies.includes('yellow-river-basin')).toBe(r.yellow_river_9prov === '1');
      expect(c!.strategies.includes('chengdu-chongqing')).toBe(r.chengyu_2021 === 'full' || r.chengyu_2021 === 'partial');
    }
    const mainland = cities.filter((c) => !['special-administrative-region', 'county-level-city'].includes(c.level));
    expect(mainland).toHaveLength(337);
  });

  it('SARs and county-level cities lie within 50 km of their ECharts 4 label points', () => {
    const rows = new Map(readCsv('echarts4_prefecture_centers.csv').map((r) => [r.echarts_id, r]));
    for (const c of cities.filter((c) => ['special-administrative-region', 'county-level-city'].includes(c.level))) {
      const r = rows.get(c.id)!;
      expect(r.mca_2024_name).toBe(c.name.zh);
      expect(distanceKm(c.coordinates.lon, c.coordinates.lat, Number(r.cp_lon), Number(r.cp_lat))).toBeLessThan(50);
    }
  });

  it('SEZs: names and dates match zones_special_economic_zones.csv', () => {
    const rows = readCsv('zones_special_economic_zones.csv');
    expect(rows).toHaveLength(7);
    const byZh = zoneByZh((z) => z.category === 'special-economic-zone');
    for (const r of rows) {
      const z = byZh.get(r.name_zh)![0];
      // Kashgar and Horgos: established by 国发〔2011〕33号 (year only), not the 2010-05 conference date of the reference
      expect(z.approved).toBe(['sez-kashgar', 'sez-horgos'].includes(z.id) ? '2011' : r.approved);
      if (r.host_code === '460000') expect(z.hostCities).toEqual(['460100', '460200', '460300', '460400']);
      else expect(z.hostCities).toEqual([r.host_code]);
    }
  });

  it('national new areas: names, dates and host cities match zones_national_new_areas.csv', () => {
    const rows = readCsv('zones_national_new_areas.csv');
    expect(rows).toHaveLength(19);
    const byZh = zoneByZh((z) => z.category === 'national-new-area');
    for (const r of rows) {
      const z = byZh.get(r.name_zh)![0];
      expect(z, r.name_zh).toBeDefined();
      // State Council approval dates (the reference has the gov.cn publication dates; its own quality note)
      const approvalDates: Record<string, string> = { 'nna-jiangbei': '2015-06-27', 'nna-fuzhou': '2015-08-30', 'nna-harbin': '2015-12-16' };
      expect(z.approved).toBe(approvalDates[z.id] ?? r.approved);
      expect(z.hostCities).toEqual([r.host_code, r.secondary_host_code].filter((c) => c !== ''));
      const host = cityById.get(r.host_code)!;
      expect(distanceKm(z.coordinates.lon, z.coordinates.lat, Number(r.lon_wgs84), Number(r.lat_wgs84))).toBeLessThan(50);
      expect(host).toBeDefined();
    }
  });

  it('FTZ areas: every row of zones_pilot_ftz_areas.csv is an area with its host city, date and FTZ', () => {
    const rows = readCsv('zones_pilot_ftz_areas.csv');
    expect(rows).toHaveLength(73);
    const areas = zones.filter((z) => z.subtype === 'ftz-area');
    const ftzNames = new Set(zones.filter((z) => z.subtype === 'pilot-ftz').map((z) => z.name.zh));
    expect(ftzNames.size).toBe(22);
    for (const r of rows) {
      const matches = areas.filter((a) => a.name.zh === r.area && a.hostCities[0] === r.host_code);
      expect(matches, r.area).toHaveLength(1);
      const a = matches[0];
      expect(a.approved).toBe(r.approved);
      if (r.area_km2 !== '') expect(a.areaKm2).toBe(Number(r.area_km2));
      const ftz = zoneById.get(a.parent)!;
      // the FTZ's name is the base name of the row's FTZ (extensions carry a suffix in the reference)
      expect(r.ftz.startsWith(ftz.name.zh)).toBe(true);
      expect(ftz.province).toBe(provinceByCode.get(r.host_code.slice(0, 2))!.id);
      if (r.lon_wgs84 !== '') {
        expect(distanceKm(a.coordinates.lon, a.coordinates.lat, Number(r.lon_wgs84), Number(r.lat_wgs84))).toBeLessThan(50);
      }
    }
  });

  it('ETDZs: each row of the zh.wikipedia list is present with its host and date (deliberate corrections listed)', () => {
    const rows = readCsv('zones_etdz_zhwiki_partial.csv');
    expect(rows).toHaveLength(160);
    const byZh = zoneByZh((z) => z.subtype === 'etdz');
    for (const r of rows) {
      const fix = ETDZ_CORRECTIONS[r.name_zh];
      if (fix === 'withdrawn') {
        expect(byZh.has(r.name_zh), r.name_zh).toBe(false);
        continue;
      }
      const z = byZh.get(fix ? fix.name : r.name_zh)?.[0];
      expect(z, r.name_zh).toBeDefined();
      // Kuitun–Dushanzi is also hosted by Karamay (Dushanzi District)
      expect(z!.hostCities).toEqual(z!.id === 'etdz-kuitun-dushanzi' ? [r.host_code, '650200'] : [r.host_code]);
      expect(z!.approved).toBe(fix ? fix.approved : r.approved);
      if (r.lon_wgs84 !== '') {
        expect(distanceKm(z!.coordinates.lon, z!.coordinates.lat, Number(r.lon_wgs84), Number(r.lat_wgs84))).toBeLessThan(50);
      }
    }
  });

  it('HTZs: each row of the 2018 list is present with its host (deliberate corrections listed)', () => {
    const rows = readCsv('zones_htz_zhwiki_2018.csv');
    expect(rows).toHaveLength(156);
    const byZh = zoneByZh((z) => z.subtype === 'htz');
    for (const r of rows) {
      const z = byZh.get(HTZ_CORRECTIONS[r.name_zh] ?? r.name_zh)?.[0];
      expect(z, r.name_zh).toBeDefined();
      expect(z!.hostCities).toEqual([r.host_code]);
      expect(z!.province).toBe(provinceByCode.get(r.host_code.slice(0, 2))!.id);
    }
  });

  it('city clusters: the dataset uses cluster ids for clusters the 14th FYP names', () => {
    const rows = readCsv('city_clusters_19.csv');
    expect(rows).toHaveLength(19);
    const used = new Set(cities.flatMap((c) => c.cityClusters));
    expect(used.size).toBeLessThanOrEqual(19);
  });
});
