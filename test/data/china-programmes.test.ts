/**
 * Tests of the 0.2.0 additions to the bundled China dataset (issue 12): the linkage audit, the programme
 * linkages, province nodes, census indicators and accessibility. Expected values come from the reference
 * tables in ../shared/reference-data (skipped with a note when absent) and from the official 7th-census
 * provincial totals (国家统计局《第七次全国人口普查公报（第三号）》), never from zonelink's own output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/network/zone-network.js';
import { accessibilityPairs } from '../../src/network/accessibility-pairs.js';
import { accessibilityGraph } from '../../src/network/accessibility-graph.js';
import { parseDataset } from '../../src/io/parse-dataset.js';

const dataDir = fileURLToPath(new URL('../../data/china/', import.meta.url));
const refDir = fileURLToPath(new URL('../../../shared/reference-data/', import.meta.url));
const hasRef = existsSync(refDir);
if (!hasRef) console.warn(`[test/data/china-programmes] ${refDir} not found: cross-checks against the reference data are skipped.`);

type Json = Record<string, any>;
const readJson = (name: string): any => JSON.parse(readFileSync(dataDir + name, 'utf8'));
const cities: Json[] = readJson('cities.json');
const zones: Json[] = readJson('zones.json');
const provinces: Json[] = readJson('provinces.json');
const linkages: Json[] = readJson('linkages.json');
const accessibility: Json[] = readJson('accessibility.json');
const metadata: Json = readJson('metadata.json');
const dataset = parseDataset({ metadata, nodes: [...cities, ...provinces, ...zones], linkages, accessibility });
const nodeIds = new Set(dataset.nodes.map((n) => n.id));
const cityById = new Map(cities.map((c) => [c.id, c]));

/** A CSV reader for the simple reference and audit files (quoted fields with commas, doubled quotes). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('China dataset 0.2.0: linkages and their audit', () => {
  const audit = parseCsv(readFileSync(dataDir + 'linkage-audit.csv', 'utf8'));
  const verdict = new Map(audit.map((r) => [r.id, r]));

  it('every linkage has existing ends, a citation, a programme and the audit verdict "stated"', () => {
    for (const l of linkages) {
      expect(nodeIds.has(l.source), l.id).toBe(true);
      expect(nodeIds.has(l.target), l.id).toBe(true);
      expect(l.citation, l.id).toMatch(/\S/);
      expect(l.programme, l.id).toMatch(/\S/);
      expect(l.startYear === undefined || Number.isInteger(l.startYear), l.id).toBe(true);
      expect(verdict.get(l.id)?.verdict, l.id).toBe('stated');
    }
  });

  it('at least four programmes besides the paper cases', () => {
    const programmes = new Set(linkages.map((l) => l.programme));
    programmes.delete('paper-cases');
    expect(programmes.size).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!hasRef)('every linkage of the audit file that the papers do not state is gone', () => {
    const old = parseCsv(readFileSync(refDir + 'audit_linkages_vs_papers.csv', 'utf8'));
    const kept = new Set(linkages.map((l) => l.id));
    for (const r of old) {
      if (!r.verdict.startsWith('stated')) expect(kept.has(r.id), r.id).toBe(false);
      expect(verdict.has(r.id), r.id).toBe(true);
    }
    // the 10 travel-time targets are accessibility now
    expect(old.filter((r) => r.id.startsWith('l-guangzhou-') && r.id.includes('min')).every((r) => !kept.has(r.id))).toBe(true);
  });

  it.skipIf(!hasRef)('NE–East counterpart cooperation: the 3 province pairs and 4 city pairs of 国办发〔2017〕22号', () => {
    const ref = parseCsv(readFileSync(refDir + 'northeast_east_counterpart_cooperation_2017.csv', 'utf8'));
    const ours = linkages.filter((l) => l.programme === 'northeast-east-counterpart-cooperation');
    expect(ours).toHaveLength(ref.length);
    for (const r of ref) {
      expect(ours.some((l) => l.source === r.northeast_code && l.target === r.east_code && l.startYear === 2017), r.northeast_name).toBe(true);
    }
    // province pairs end at province nodes, never at a capital
    expect(dataset.nodes.find((n) => n.id === '210000')?.kind).toBe('province');
  });

  it.skipIf(!hasRef)('east–west pairing: every pair read so far, helper → helped', () => {
    const ref = parseCsv(readFileSync(refDir + 'east_west_pairing_partial.csv', 'utf8'));
    const ours = linkages.filter((l) => l.programme === 'east-west-pairing');
    // the reference rows, plus pairs of the unread part of the 2016 list taken from reports that state them
    expect(ours.filter((l) => !l.citation.includes('pair as stated in'))).toHaveLength(ref.length);
    for (const r of ref) expect(ours.some((l) => l.source === r.helper_code && l.target === r.helped_code && l.directed), `${r.helper_name}→${r.helped_name}`).toBe(true);
  });
});

describe('China dataset: programme linkages beyond the reference tables (issue 12)', () => {
  const byProgramme = (p: string) => linkages.filter((l) => l.programme === p);
  const pairs = (p: string) => new Set(byProgramme(p).map((l) => `${l.source}>${l.target}`));

  it('counts per programme (as read; see metadata.coverage for what is missing)', () => {
    const counts: Record<string, number> = {};
    for (const l of linkages) counts[l.programme] = (counts[l.programme] ?? 0) + 1;
    expect(counts).toEqual({
      'paper-cases': 11,
      'northeast-east-counterpart-cooperation': 7,
      // 15 + 3 (white paper) + 17 (2016 list, Xinhua text) + 10 (2016 list, reports) + 21 (2021 round, reports)
      'east-west-pairing': 66,
      // the 22 rows of the 2010 list (forum reproduction) and 辽宁→石河子 from 辽宁日报 2010-07-18
      'xinjiang-counterpart-support': 23,
      // the 17 provinces and municipalities, Fujian with two prefectures
      'tibet-counterpart-support': 18,
      // 北京→玉树, 上海→果洛, 天津→黄南, 江苏→海南, 浙江→海西, 山东→海北
      'qinghai-tibetan-areas-counterpart-support': 6,
      // 6 Pearl River Delta cities → 8 cities (中新社 2013-11-07)
      'guangdong-counterpart-assistance': 8,
      'jiangsu-south-north-co-built-parks': 4,
      'jiangsu-cross-river-co-built-parks': 3,
      'guangdong-industrial-transfer-parks': 3,
      'zhongguancun-branch-parks': 4,
      'suzhou-industrial-park-co-built-parks': 2,
    });
    expect(linkages).toHaveLength(155);
    for (const c of metadata.coverage.filter((c: Json) => c.scope.startsWith('east–west') || c.scope.startsWith('counterpart support to Tibet'))) {
      expect(c.count).toBe(c.scope.startsWith('east') ? 66 : 18);
    }
    expect(metadata.coverage.find((c: Json) => c.scope === 'linkages').count).toBe(155);
  });

  it('Xinjiang: 19 of the 22 forum rows are also stated by a news report, named in the citation', () => {
    const xj = byProgramme('xinjiang-counterpart-support');
    const corroborated = xj.filter((l) => l.citation.includes('pair also stated in')).map((l) => l.id);
    expect(corroborated).toHaveLength(19);
    // only the forum list states these three
    expect(xj.filter((l) => l.citation.includes('xzqh.info') && !l.citation.includes('pair also stated in')).map((l) => l.id).sort()).toEqual(
      ['l-xinjiang-130000-652800', 'l-xinjiang-140000-659004', 'l-xinjiang-220000-654300'],
    );
    expect(linkages.find((l) => l.id === 'l-xinjiang-210000-659001')!.citation).toContain('辽宁日报 2010-07-18');
  });

  it('Guangdong counterpart assistance: the 8 pairs of the 2013 adjustment', () => {
    // 广州→梅州、清远；深圳→河源、汕尾；珠海→阳江；佛山→云浮；东莞→韶关；中山→潮州 (中新社 2013-11-07)
    expect(pairs('guangdong-counterpart-assistance')).toEqual(
      new Set(['440100>441400', '440100>441800', '440300>441600', '440300>441500', '440400>441700', '440600>445300', '441900>440200', '442000>445100']),
    );
    expect(byProgramme('guangdong-counterpart-assistance').every((l) => l.startYear === 2013 && l.citation.includes('粤办发〔2013〕27号'))).toBe(true);
  });

  it('Qinghai Tibetan areas and the parks: ends as the sources name them', () => {
    expect(pairs('qinghai-tibetan-areas-counterpart-support')).toEqual(
      new Set(['110000>632700', '310000>632600', '120000>632300', '320000>632500', '330000>632800', '370000>632200']),
    );
    // Zhongguancun's parks: from the Zhongguancun zone to the park zone, or to the host city where the park is no node
    expect(pairs('zhongguancun-branch-parks')).toEqual(
      new Set(['htz-zhongguancun>coop-binhai-zhongguancun', 'htz-zhongguancun>coop-baoding-zhongguancun', 'htz-zhongguancun>etdz-qinhuangdao', 'htz-zhongguancun>130600']),
    );
    expect(pairs('suzhou-industrial-park-co-built-parks')).toEqual(new Set(['etdz-suzhou-industrial-park>341100', 'etdz-suzhou-industrial-park>330400']));
    // the dropped 0.1.0 links do not come back under their old ids
    for (const id of ['l-zhongguancun-binhai-park', 'l-zhongguancun-baoding', 'l-shenzhen-shenshan', 'l-sip-suqian', 'l-sip-sutong']) {
      expect(linkages.some((l) => l.id === id), id).toBe(false);
    }
  });

  it('Tibet: the 17 helpers and the prefectures the reports name (北京、江苏→拉萨 … 河北、陕西→阿里)', () => {
    // typed from the reports cited in data/SOURCES.md, one line per prefecture
    const expected: Record<string, string[]> = {
      '540100': ['110000', '320000'], // 拉萨
      '540200': ['310000', '370000', '230000', '220000'], // 日喀则
      '540300': ['120000', '500000', '350000'], // 昌都
      '540500': ['420000', '430000', '340000'], // 山南
      '540400': ['440000', '350000'], // 林芝
      '540600': ['330000', '210000'], // 那曲
      '542500': ['130000', '610000'], // 阿里
    };
    const ours = pairs('tibet-counterpart-support');
    const want = new Set(Object.entries(expected).flatMap(([to, froms]) => froms.map((f) => `${f}>${to}`)));
    expect(ours).toEqual(want);
    expect(new Set(byProgramme('tibet-counterpart-support').map((l) => l.source)).size).toBe(17);
    // every helper province is a province node, the municipalities are cities
    for (const l of byProgramme('tibet-counterpart-support')) {
      const kind = dataset.nodes.find((n) => n.id === l.source)!.kind;
      expect(kind, l.id).toBe(['110000', '120000', '310000', '500000'].includes(l.source) ? 'city' : 'province');
    }
    // start years stated by the reports (none where a report gives none)
    const start = (s: string, t: string) => linkages.find((l) => l.id === `l-tibet-${s}-${t}`)!.startYear;
    expect(start('430000', '540500')).toBe(1995);
    expect(start('340000', '540500')).toBe(2002);
    expect(start('370000', '540200')).toBeUndefined();
  });

  it('east–west 2021 round: the pairs reports of the new round state', () => {
    const ours = new Set(byProgramme('east-west-pairing').filter((l) => l.id.startsWith('l-east-west-2021-')).map((l) => `${l.source}>${l.target}`));
    expect(ours).toEqual(
      new Set([
        '440000>450000', '440000>520000', '370000>620000', '370200>621100', '440100>520500', '440100>520400',
        '440100>522700', '440400>520300', '442000>520200', '441900>520600', '440600>522600',
        '440300>450100', '440300>450300', '110000>150000', '120000>620000', '310000>530000', '320000>610000', '320000>630000', '330000>510000', '350000>640000', '370000>500000',
      ]),
    );
    for (const l of byProgramme('east-west-pairing').filter((l) => l.id.startsWith('l-east-west-2021-'))) {
      expect(l.startYear, l.id).toBe(2021);
      expect(l.directed, l.id).toBe(true);
    }
    // 杭州→黔东南 ended when 佛山 took over; 佛山→凉山 ended with the adjustment
    expect(linkages.find((l) => l.id === 'l-east-west-2016-330100-522600')!.endYear).toBe(2020);
    expect(linkages.find((l) => l.id === 'l-east-west-2016-440600-513400')!.endYear).toBe(2020);
  });

  it('every programme linkage is cross-regional, between existing nodes, with a document or page in its citation', () => {
    for (const l of linkages.filter((l) => l.programme !== 'paper-cases')) {
      expect(l.mode, l.id).toBe('cross-regional');
      expect(l.source === l.target, l.id).toBe(false);
      expect(l.citation, l.id).toMatch(/《|〔|\.(cn|com|net|org)|wikipedia|list/);
    }
    // Shenzhen–Shanwei: builder city → host city, from the park of 2008
    const shenshan = linkages.find((l) => l.id === 'l-cobuilt-440300-441500')!;
    expect([shenshan.source, shenshan.target, shenshan.startYear]).toEqual(['440300', '441500', 2008]);
  });

  it('the audit quotes what each added source says', () => {
    const audit = new Map(parseCsv(readFileSync(dataDir + 'linkage-audit.csv', 'utf8')).map((r) => [r.id, r]));
    expect(audit.get('l-tibet-340000-540500')!.source_says).toContain('2002年，中央决定安徽省对口支援山南市');
    expect(audit.get('l-east-west-2021-370200-621100')!.source_says).toContain('自2021年4月结对');
    expect(audit.get('l-tibet-320000-540100')!.source_says).toContain('1995');
  });
});

describe('China dataset 0.2.0: census indicators', () => {
  it.skipIf(!hasRef)('population and urban share of ten cities equal the source table', () => {
    const ref = new Map(parseCsv(readFileSync(refDir + 'census_population_2010_2020_prefecture.csv', 'utf8')).map((r) => [r.zonelink_city_id, r]));
    for (const id of ['110000', '310000', '440100', '440300', '510100', '500000', '420100', '330100', '540100', '230100']) {
      const r = ref.get(id)!;
      const c = cityById.get(id)!;
      expect(c.indicators['2020'].population, id).toBe(Number(r.popu_2020));
      expect(c.indicators['2010'].population, id).toBe(Number(r.popu_2010));
      expect(c.indicators['2020'].urbanShare, id).toBeCloseTo(Number(r.popu_urban_2020) / Number(r.popu_2020), 6);
    }
  });

  it('province sums are the official 7th-census totals except the recorded shortfalls', () => {
    // 国家统计局《第七次全国人口普查公报（第三号）》, typed in from the bulletin for the provinces checked here
    const official: Record<string, number> = { '44': 126012510, '32': 84748016, '33': 64567588, '51': 83674866, '13': 74610235 };
    const sums: Record<string, number> = {};
    for (const c of cities) {
      const p = c.indicators?.['2020']?.population;
      if (p !== undefined) sums[c.id.slice(0, 2)] = (sums[c.id.slice(0, 2)] ?? 0) + p;
    }
    for (const code of ['44', '32', '33', '51']) expect(sums[code], code).toBe(official[code]);
    // Hebei: −2.30 M (units outside the prefecture bulletins), recorded in coverage
    expect((sums['13'] - official['13']) / 1e6).toBeCloseTo(-2.3, 1);
    const note = metadata.coverage.find((c: Json) => c.scope === 'city indicators: census population').note;
    for (const name of ['Hebei', 'Xinjiang', 'Shaanxi', 'Hainan', 'Jilin']) expect(note).toContain(name);
  });
});

describe('China dataset 0.2.0: accessibility is never a linkage', () => {
  it('no accessibility pair becomes an edge of the linkage network', () => {
    const net = buildNetwork(dataset);
    expect(net.size).toBe(linkages.length);
    for (const a of dataset.accessibility ?? []) expect(net.hasEdge(a.id)).toBe(false);
    // Beijing–Tianjin is joined by rail but has no linkage
    expect(net.hasEdge('110000', '120000') || net.hasEdge('120000', '110000')).toBe(false);
  });

  it('accessibility is exposed for distances and spatial weights', () => {
    const hsr = accessibilityPairs(dataset, { modes: ['high-speed-rail'] });
    expect(hsr.length).toBeGreaterThan(100);
    expect(hsr.every((p) => p.mode === 'high-speed-rail' && !p.planned)).toBe(true);
    expect(accessibilityPairs(dataset, { includePlanned: false }).some((p) => p.planned)).toBe(false);
    const g = accessibilityGraph(dataset, { modes: ['high-speed-rail'] });
    expect(g.hasEdge('110000', '120000')).toBe(true);
    expect(g.getEdgeAttribute(g.edge('110000', '120000')!, 'lines')).toEqual(['京沪高铁', '京津城际']);
  });

  it.skipIf(!hasRef)('the HSR pairs are the 158 key-stop pairs of the reference table', () => {
    const ref = parseCsv(readFileSync(refDir + 'hsr_key_stop_city_pairs_railwayvis.csv', 'utf8'));
    const ours = accessibility.filter((a) => a.id.startsWith('a-hsr-'));
    expect(ours).toHaveLength(ref.length);
    for (const r of ref) expect(ours.some((a) => a.origin === r.city_a && a.destination === r.city_b), `${r.city_a}-${r.city_b}`).toBe(true);
  });
});

describe('China dataset 0.2.0: corrections', () => {
  const zone = (id: string) => zones.find((z) => z.id === id)!;
  it('new-area approval dates, Kuitun–Dushanzi hosts, Kashgar/Horgos, county-level coordinates', () => {
    expect(zone('nna-jiangbei').approved).toBe('2015-06-27');
    expect(zone('nna-fuzhou').approved).toBe('2015-08-30');
    expect(zone('nna-harbin').approved).toBe('2015-12-16');
    expect(zone('etdz-kuitun-dushanzi').hostCities).toContain('650200');
    expect(zone('sez-kashgar').citation).toContain('国发〔2011〕33号');
    for (const id of ['htz-xiantao', 'htz-shihezi', 'htz-qianjiang', 'etdz-shihezi', 'etdz-aral', 'etdz-wujiaqu']) {
      const z = zone(id);
      expect(z.coordinates, id).toBeDefined();
      expect(z.coordinates.lon).toBe(cityById.get(z.hostCities[0])!.coordinates.lon);
    }
    expect(metadata.coverage.find((c: Json) => c.scope === 'cities').note).toContain('five');
  });
});

describe('GDP template', () => {
  it('data/templates/city-indicators.csv reads as a city file with gdp@year columns', async () => {
    const { readCsvDataset } = await import('../../src/io/read-csv-dataset.js');
    const text = readFileSync(fileURLToPath(new URL('../../data/templates/city-indicators.csv', import.meta.url)), 'utf8');
    const d = readCsvDataset({ cities: text });
    expect(d.nodes.map((n) => n.id)).toEqual(['440100', '440300']);
    expect(d.nodes.every((n) => n.kind === 'city' && n.citation !== undefined)).toBe(true);
  });
});
