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
