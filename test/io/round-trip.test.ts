import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node/index.js';
import { parse as parseGraphML } from 'graphology-graphml/node/index.js';
import { describe, expect, it } from 'vitest';
import { toGeoJSON } from '../../src/io/network-formats.js';
import { toGexf } from '../../src/io/to-gexf.js';
import { toGraphML } from '../../src/io/to-graphml.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { serializeDataset } from '../../src/io/serialize-dataset.js';
import { writeCsvDataset } from '../../src/io/write-csv-dataset.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { china } from '../../src/data/index.js';
import type { Dataset } from '../../src/schema/dataset.js';

// ---------------------------------------------------------------------------
// Arbitrary valid datasets: raw input in any accepted spelling, made valid by construction.
// ---------------------------------------------------------------------------

const CITY_CODES = ['110000', '120000', '310000', '440100', '440300', '320100', '510100', '500000', '650100', '810000'];
const text = fc
  .string({ unit: fc.constantFrom('a', 'B', '中', '园', ' ', ',', '"', '\n', ';', '1', '-'), minLength: 1, maxLength: 10 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));
const coordinates = fc.record(
  { lon: finite(-180, 180), lat: finite(-90, 90), precision: fc.constantFrom('exact', 'host-city', 'approximate') },
  { requiredKeys: ['lon', 'lat'] },
);
const indicators = fc.dictionary(
  fc.constantFrom('2015', '2020', '2021'),
  fc.dictionary(fc.constantFrom('gdp', 'GDP', '人口', 'exports_usd'), finite(-1e12, 1e12), { minKeys: 1, maxKeys: 3 }),
  { minKeys: 1, maxKeys: 2 },
);
const DATES = ['1984', '1992-10', '2019-08-06', '2020-02-29'];

const datasetInput = fc
  .record({
    cities: fc.subarray(CITY_CODES, { minLength: 1, maxLength: 5 }),
    zoneCount: fc.integer({ min: 0, max: 5 }),
    linkageCount: fc.integer({ min: 0, max: 8 }),
    seed: fc.integer(),
  })
  .chain(({ cities, zoneCount, linkageCount }) => {
    const zoneIds = Array.from({ length: zoneCount }, (_, i) => `z${i}`);
    const nodeIds = [...zoneIds, ...cities];
    const city = (id: string) =>
      fc.record(
        {
          kind: fc.constant('city' as const),
          id: fc.constant(id),
          name: fc.record({ zh: text, en: text }, { requiredKeys: ['zh'] }),
          level: fc.constantFrom('municipality', '地级市', 'Autonomous Prefecture', 'SAR'),
          strategies: fc.subarray(['长三角', 'GBA', 'yellow-river-basin', '成渝']),
          cityClusters: fc.array(fc.constantFrom('yrd-cluster', 'prd-cluster', 'cy-cluster'), { maxLength: 2 }).map((a) => [...new Set(a)]),
          nationalCentralCity: fc.boolean(),
          provincialCapital: fc.boolean(),
          coordinates,
          indicators,
          citation: text,
          note: text,
        },
        { requiredKeys: ['kind', 'id', 'name'] },
      );
    const zone = (id: string, k: number) =>
      fc.record(
        {
          kind: fc.constant('zone' as const),
          id: fc.constant(id),
          name: fc.record({ zh: text, en: text }, { requiredKeys: ['zh'] }),
          category: fc.constantFrom('国家级开发区', 'national-new-area', 'SEZ', 'Enclave Park', '省级园区'),
          subtype: fc.constantFrom('etdz', '高新区', 'comprehensive bonded zone'),
          level: fc.constantFrom('national', '省级', 'Municipal'),
          approved: fc.constantFrom(...DATES),
          batch: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constantFrom('第三批', 'batch A')),
          hostCities: fc.subarray(cities, { minLength: 1, maxLength: Math.min(2, cities.length) }),
          parent: k > 0 ? fc.constantFrom(...zoneIds.slice(0, k)) : fc.constant(undefined),
          coordinates,
          areaKm2: finite(1e-3, 1e5).filter((x) => x > 0),
          indicators,
          citation: text,
          note: text,
        },
        { requiredKeys: ['kind', 'id', 'name', 'category', 'level', 'hostCities'] },
      );
    const linkage = (i: number) =>
      fc
        .tuple(fc.constantFrom(...nodeIds), fc.constantFrom(...nodeIds), fc.integer({ min: 1949, max: 2100 }), fc.integer({ min: 0, max: 10 }))
        .filter(([s, t]) => s !== t)
        .chain(([source, target, start, span]) =>
          fc.record(
            {
              id: fc.constant(`l${i}`),
              source: fc.constant(source),
              target: fc.constant(target),
              mode: fc.constantFrom('产业链联动', 'resource factor', 'Cross-Regional', 'industrial-chain'),
              directed: fc.boolean(),
              weight: finite(1e-6, 1e9).filter((w) => w > 0),
              startYear: fc.constant(start),
              endYear: fc.constant(Math.min(2100, start + span)),
              cooperationType: fc.constantFrom('科技赋能型', 'government-led'),
              mechanism: fc.constantFrom('合作', 'Incentive'),
              arrangement: fc.constantFrom('飞地', 'branch park', 'co-built'),
              enclave: fc.boolean(),
              description: text,
              citation: text,
            },
            { requiredKeys: ['id', 'source', 'target', 'mode'] },
          ),
        );
    return fc.record({
      metadata: fc.record({ name: text, version: fc.constant('1.0'), asOf: fc.constantFrom(...DATES) }, { requiredKeys: ['name'] }),
      nodes: fc.tuple(...zoneIds.map((id, k) => zone(id, k)), ...cities.map(city)),
      linkages: nodeIds.length < 2 ? fc.constant([]) : fc.tuple(...Array.from({ length: linkageCount }, (_, i) => linkage(i))),
    });
  });

/** A valid dataset, the output of parsing a generated input (the input is valid by construction). */
const dataset = datasetInput.map((input) => parseDataset(JSON.parse(JSON.stringify(input))) as Dataset);

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// A small fixed dataset with parallel linkages, both directions and both kinds of edge.
const EXAMPLE = parseDataset({
  metadata: { name: 'example' },
  nodes: [
    { kind: 'city', id: '440100', name: { zh: '广州市', en: 'Guangzhou' }, coordinates: { lon: 113.26, lat: 23.13 }, indicators: { '2020': { gdp: 25019.11 } } },
    { kind: 'city', id: '440300', name: { zh: '深圳市' }, coordinates: { lon: 114.05, lat: 22.54 } },
    { kind: 'city', id: '650100', name: { zh: '乌鲁木齐市' } },
    { kind: 'zone', id: 'htz-gz', name: { zh: '广州高新区 "A&B" <1+N>' }, category: '国家级开发区', level: 'national', hostCities: ['440100', '440300'], areaKm2: 37.34 },
    { kind: 'zone', id: 'qianhai', name: { zh: '前海' }, category: 'FTZ', level: 'national', hostCities: ['440300'], coordinates: { lon: 113.9, lat: 22.52, precision: 'exact' } },
    { kind: 'zone', id: 'kashgar', name: { zh: '喀什经济开发区' }, category: '经济特区', level: 'national', hostCities: ['650100'] },
  ],
  linkages: [
    { id: 'a', source: 'htz-gz', target: 'qianhai', mode: '产业链联动', weight: 2.5, startYear: 2015 },
    { id: 'b', source: 'htz-gz', target: 'qianhai', mode: '跨区域联动', directed: true },
    { id: 'c', source: 'qianhai', target: 'htz-gz', mode: 'resource-factor', directed: true, weight: 0.25 },
    { id: 'd', source: '440300', target: 'kashgar', mode: 'cross-regional', description: 'pairing aid, 对口支援' },
  ],
});

describe('JSON round trip', () => {
  it('parseDataset(serializeDataset(d)) deep-equals d (fixed example, indented and on one line)', () => {
    expect(parseDataset(serializeDataset(EXAMPLE))).toEqual(EXAMPLE);
    const oneLine = serializeDataset(EXAMPLE, 0);
    expect(oneLine.trimEnd()).not.toContain('\n');
    expect(parseDataset(oneLine)).toEqual(EXAMPLE);
  });

  it('property: parseDataset(serializeDataset(d)) deep-equals d', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        expect(parseDataset(serializeDataset(d))).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });
});

describe('CSV round trip', () => {
  it('readCsvDataset(writeCsvDataset(d)) gives the same nodes and linkages (fixed example)', () => {
    const csv = writeCsvDataset(EXAMPLE);
    expect(csv.zones.split('\n')[0]).toBe('id,name,category,level,host_cities,province,lon,lat,coordinate_precision,area_km2');
    const back = readCsvDataset(csv);
    expect(byId(back.nodes)).toEqual(byId(EXAMPLE.nodes));
    expect(back.linkages).toEqual(EXAMPLE.linkages);
  });

  it('property: readCsvDataset(writeCsvDataset(d)) gives the same nodes and linkages', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        // neutralised formulas (the default) do not round-trip, by design
        const back = readCsvDataset(writeCsvDataset(d, { formulas: 'keep' }));
        expect(byId(back.nodes)).toEqual(byId(d.nodes));
        expect(back.linkages).toEqual(d.linkages);
      }),
      { numRuns: 150 },
    );
  });
});

describe('GEXF export (mixedEdges typed) re-parsed by graphology-gexf', () => {
  function checkGexf(d: Dataset) {
    const parsed = parseGexf(MultiGraph, toGexf(buildNetwork(d), { mixedEdges: 'typed' }));
    expect(parsed.order).toBe(d.nodes.length);
    expect(parsed.size).toBe(d.linkages.length);
    expect(parsed.nodes().sort()).toEqual(d.nodes.map((n) => n.id).sort());
    for (const node of d.nodes) {
      const a = parsed.getNodeAttributes(node.id);
      expect(a.label).toBe(node.name.zh);
      expect(a.name_zh).toBe(node.name.zh);
      expect(a.kind).toBe(node.kind);
      if (node.coordinates) expect([a.lon, a.lat]).toEqual([node.coordinates.lon, node.coordinates.lat]);
      if (node.kind === 'zone') {
        expect(a.category).toBe(node.category);
        expect(a.hostCities).toBe(node.hostCities.join(';'));
      }
      for (const [year, values] of Object.entries(node.indicators ?? {})) for (const [name, v] of Object.entries(values)) expect(a[`${name}@${year}`]).toBe(v);
    }
    for (const l of d.linkages) {
      expect(parsed.hasEdge(l.id)).toBe(true);
      expect(parsed.isDirected(l.id)).toBe(l.directed);
      expect(parsed.source(l.id)).toBe(l.source);
      expect(parsed.target(l.id)).toBe(l.target);
      const a = parsed.getEdgeAttributes(l.id);
      expect(a).toMatchObject({ mode: l.mode, weight: l.weight, directed: l.directed, enclave: l.enclave });
      if (l.startYear !== undefined) expect(a.startYear).toBe(l.startYear);
      if (l.description !== undefined) expect(a.description).toBe(l.description);
    }
  }

  it('keeps node and edge counts, ids, directedness and attributes (fixed example with parallel edges)', () => {
    checkGexf(EXAMPLE);
    const parsed = parseGexf(MultiGraph, toGexf(buildNetwork(EXAMPLE), { mixedEdges: 'typed' }));
    expect(parsed.getNodeAttributes('440100')['gdp@2020']).toBe(25019.11);
    expect(parsed.getNodeAttributes('htz-gz').label).toBe('广州高新区 "A&B" <1+N>');
    expect(parsed.edges().filter((e) => [parsed.source(e), parsed.target(e)].sort().join() === 'htz-gz,qianhai').sort()).toEqual(['a', 'b', 'c']);
  });

  it('property: the same for random datasets', () => {
    fc.assert(fc.property(dataset, checkGexf), { numRuns: 60 });
  });
});

describe('GraphML export (mixedEdges typed) re-parsed by graphology-graphml', () => {
  function checkGraphML(d: Dataset) {
    const parsed = parseGraphML(Graph, toGraphML(buildNetwork(d), { mixedEdges: 'typed' }));
    expect(parsed.order).toBe(d.nodes.length);
    expect(parsed.size).toBe(d.linkages.length);
    expect(parsed.nodes().sort()).toEqual(d.nodes.map((n) => n.id).sort());
    for (const node of d.nodes) {
      const a = parsed.getNodeAttributes(node.id);
      expect(a).toMatchObject({ kind: node.kind, name_zh: node.name.zh, label: node.name.zh });
      if (node.name.en !== undefined) expect(a.name_en).toBe(node.name.en);
      if (node.coordinates) expect([a.lon, a.lat]).toEqual([node.coordinates.lon, node.coordinates.lat]);
      if (node.kind === 'city') expect(a.provincialCapital).toBe(node.provincialCapital);
    }
    for (const l of d.linkages) {
      expect(parsed.isDirected(l.id)).toBe(l.directed);
      expect([parsed.source(l.id), parsed.target(l.id)]).toEqual([l.source, l.target]);
      expect(parsed.getEdgeAttributes(l.id)).toMatchObject({ mode: l.mode, weight: l.weight, directed: l.directed });
    }
  }

  it('keeps node and edge counts, ids, per-edge directedness and typed attributes (fixed example)', () => {
    checkGraphML(EXAMPLE);
    const parsed = parseGraphML(Graph, toGraphML(buildNetwork(EXAMPLE), { mixedEdges: 'typed' }));
    expect(parsed.type).toBe('mixed');
    expect(parsed.getNodeAttribute('440100', 'gdp@2020')).toBe(25019.11);
    expect(parsed.getNodeAttribute('htz-gz', 'areaKm2')).toBe(37.34);
    expect(parsed.getEdgeAttribute('d', 'description')).toBe('pairing aid, 对口支援');
  });

  it('property: the same for random datasets', () => {
    fc.assert(fc.property(dataset, checkGraphML), { numRuns: 60 });
  });
});

describe('GeoJSON export', () => {
  it('has a point per located node (zones fall back to their first host city) and a line per located linkage', () => {
    const { collection, unlocated } = toGeoJSON(buildNetwork(EXAMPLE));
    const points = collection.features.filter((f) => f.geometry.type === 'Point');
    const lines = collection.features.filter((f) => f.geometry.type === 'LineString');
    // Located: 440100, 440300 and qianhai by their own coordinates; htz-gz by its first host city 440100.
    // 650100 has none, so neither has kashgar (hosted there); linkage d reaches kashgar.
    expect(points.map((f) => f.id).sort()).toEqual(['440100', '440300', 'htz-gz', 'qianhai']);
    expect(points.find((f) => f.id === 'htz-gz')).toMatchObject({ geometry: { coordinates: [113.26, 23.13] }, properties: { coordinate_precision: 'host-city', name_zh: '广州高新区 "A&B" <1+N>' } });
    expect(points.find((f) => f.id === 'qianhai')).toMatchObject({ geometry: { coordinates: [113.9, 22.52] }, properties: { coordinate_precision: 'exact' } });
    expect(lines.map((f) => f.id).sort()).toEqual(['a', 'b', 'c']);
    expect(lines.find((f) => f.id === 'c')).toMatchObject({ geometry: { coordinates: [[113.9, 22.52], [113.26, 23.13]] }, properties: { mode: 'resource-factor', weight: 0.25 } });
    expect(unlocated).toEqual({ nodes: ['650100', 'kashgar'].sort((a, b) => EXAMPLE.nodes.findIndex((n) => n.id === a) - EXAMPLE.nodes.findIndex((n) => n.id === b)), linkages: ['d'] });
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it('property: points + unlocated nodes = all nodes, lines + unlocated linkages = all linkages', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const { collection, unlocated } = toGeoJSON(buildNetwork(d));
        const coords = new Map(d.nodes.filter((n) => n.coordinates).map((n) => [n.id, n.coordinates!]));
        for (const n of d.nodes) if (n.kind === 'zone' && !n.coordinates && coords.has(n.hostCities[0]) && d.nodes.some((c) => c.id === n.hostCities[0] && c.coordinates)) coords.set(n.id, coords.get(n.hostCities[0])!);
        const points = collection.features.filter((f) => f.geometry.type === 'Point');
        const lines = collection.features.filter((f) => f.geometry.type === 'LineString');
        expect(points.map((f) => f.id).sort()).toEqual([...coords.keys()].sort());
        expect(points.length + unlocated.nodes.length).toBe(d.nodes.length);
        const located = d.linkages.filter((l) => coords.has(l.source) && coords.has(l.target));
        expect(lines.map((f) => f.id).sort()).toEqual(located.map((l) => l.id).sort());
        expect(lines.length + unlocated.linkages.length).toBe(d.linkages.length);
      }),
      { numRuns: 100 },
    );
  });
});

/** The arcs the reciprocal convention writes for a dataset, derived from its linkages (not from zonelink's writer). */
function reciprocalArcs(d: Dataset): [key: string, source: string, target: string, directed: boolean, reverse: boolean][] {
  const mixed = d.linkages.some((l) => l.directed) && d.linkages.some((l) => !l.directed);
  return d.linkages.flatMap((l) => {
    const arc: [string, string, string, boolean, boolean] = [l.id, l.source, l.target, l.directed, false];
    return mixed && !l.directed && l.source !== l.target ? [arc, [`${l.id}#reverse`, l.target, l.source, false, true] as typeof arc] : [arc];
  });
}

describe('mixed networks, reciprocal convention (the default), re-parsed by graphology', () => {
  function check(d: Dataset) {
    const mixed = d.linkages.some((l) => l.directed) && d.linkages.some((l) => !l.directed);
    const net = buildNetwork(d);
    for (const parsed of [parseGexf(MultiGraph, toGexf(net)), parseGraphML(MultiGraph, toGraphML(net))]) {
      const arcs = parsed.mapEdges((e, a, source, target, _s, _t, undirected) => [e, source, target, a.directed, a.reverse_arc ?? false, undirected]);
      if (!mixed) continue; // one kind of linkage: checked above, one edge per linkage
      expect(arcs.every((a) => a[5] === false)).toBe(true);
      expect(arcs.map((a) => a.slice(0, 5)).sort()).toEqual(reciprocalArcs(d).sort());
    }
  }
  it('fixed example: undirected linkages become two opposite arcs, directed ones one', () => {
    check(EXAMPLE);
  });
  it('property: the same for random datasets', () => {
    fc.assert(fc.property(dataset, check), { numRuns: 40 });
  });
  it('rejects an unknown convention, naming the function', () => {
    expect(() => toGexf(buildNetwork(EXAMPLE), { mixedEdges: 'pairs' as 'typed' })).toThrow(/toGexf.*mixedEdges/);
    expect(() => toGraphML(buildNetwork(EXAMPLE), { mixedEdges: 'pairs' as 'typed' })).toThrow(/toGraphML.*mixedEdges/);
  });
});

describe('exports read by NetworkX and igraph (test/fixtures/io/network-exports)', () => {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'io', 'network-exports');
  const datasets = JSON.parse(readFileSync(join(folder, 'datasets.json'), 'utf8')) as Record<string, unknown>;
  interface Edge {
    key?: string;
    source: string;
    target: string;
    attributes: Record<string, unknown>;
  }
  interface Reading {
    directed?: boolean;
    error?: string;
    graph?: Record<string, unknown>;
    nodes?: Record<string, Record<string, unknown>> | string[];
    edges?: Edge[];
  }
  interface Summary {
    directed: boolean;
    order: number;
    size: number;
    edges: [string, string, string, boolean, boolean | null][];
  }
  const readers = JSON.parse(readFileSync(join(folder, 'readers.json'), 'utf8')) as {
    files: Record<string, { networkx: Reading & Partial<Summary>; igraph?: Reading & Partial<Summary> }>;
  };
  const files = (name: string) => [
    [`${name}.graphml`, toGraphML],
    [`${name}.gexf`, toGexf],
  ] as const;

  it.each(Object.keys(datasets))('%s: the writers still write the files the readers read', (name) => {
    const net = buildNetwork(parseDataset(datasets[name]));
    for (const [file, write] of files(name)) expect(write(net), `regenerate ${file} (see the fixture README)`).toBe(readFileSync(join(folder, file), 'utf8'));
    if (name === 'mixed')
      for (const [file, write] of files('mixed-typed')) expect(write(net, { mixedEdges: 'typed' }), file).toBe(readFileSync(join(folder, file), 'utf8'));
  });

  it.each(Object.keys(datasets))('%s: NetworkX (GraphML, GEXF) and igraph (GraphML) read every linkage with its direction', (name) => {
    const d = parseDataset(datasets[name]);
    const mixed = name === 'mixed';
    const expected = reciprocalArcs(d);
    for (const [file] of files(name)) {
      for (const [reader, reading] of Object.entries(readers.files[file]) as [string, Reading][]) {
        const label = `${reader} ${file}`;
        expect(reading.error, label).toBeUndefined();
        expect(reading.directed, label).toBe(name !== 'undirected');
        const nodes = Array.isArray(reading.nodes) ? reading.nodes : Object.keys(reading.nodes!);
        expect([...nodes].sort(), label).toEqual(d.nodes.map((n) => n.id).sort());
        const arcs = reading.edges!.map((e) => [e.key ?? e.attributes.id, e.source, e.target, e.attributes.directed, e.attributes.reverse_arc ?? false]);
        // igraph keys an edge by its `id` attribute: the linkage id on both arcs of a pair.
        const want = reader === 'igraph' ? expected.map(([k, ...rest]) => [k.replace(/#reverse$/, ''), ...rest]) : expected;
        if (reading.directed) expect(arcs.sort(), label).toEqual([...want].sort());
        else expect(arcs.map(([k, s, t, ...r]) => [k, ...[s, t].sort(), ...r]).sort(), label).toEqual(want.map(([k, s, t, ...r]) => [k, ...[s, t].sort(), ...r]).sort());
        for (const l of d.linkages) {
          const edge = reading.edges!.find((e) => (e.key ?? e.attributes.id) === l.id)!;
          expect(edge.attributes, label).toMatchObject({ mode: l.mode, weight: l.weight, directed: l.directed });
        }
        if (mixed && file.endsWith('.graphml')) expect(String(reading.graph!.mixed_edges), label).toMatch(/two opposite arcs/);
      }
    }
  });

  it('mixed, typed: NetworkX rejects both files; igraph reads the GraphML as undirected (why reciprocal is the default)', () => {
    expect(readers.files['mixed-typed.graphml'].networkx.error).toBe('directed=true edge found in undirected graph.');
    expect(readers.files['mixed-typed.gexf'].networkx.error).toBe('Directed edge found in undirected graph.');
    expect(readers.files['mixed-typed.graphml'].igraph!.directed).toBe(false);
  });

  it('the bundled China network: NetworkX reads the GEXF and GraphML, igraph the GraphML, each linkage with its direction', () => {
    const d = parseDataset(china);
    const written = { 'china.gexf': toGexf(buildNetwork(d)), 'china.graphml': toGraphML(buildNetwork(d)) };
    expect(d.linkages.some((l) => l.directed) && d.linkages.some((l) => !l.directed), 'the bundled network is mixed').toBe(true);
    const expected = reciprocalArcs(d);
    for (const [file, text] of Object.entries(written)) {
      // The files the readers read were written from this dataset: same edge count.
      expect((text.match(/<edge /g) ?? []).length, `regenerate ${file} readings (see the fixture README)`).toBe(expected.length);
      for (const [reader, reading] of Object.entries(readers.files[file]) as [string, Summary][]) {
        const label = `${reader} ${file}`;
        expect([reading.directed, reading.order, reading.size], label).toEqual([true, d.nodes.length, expected.length]);
        const want = reader === 'igraph' ? expected.map(([k, ...rest]) => [k.replace(/#reverse$/, ''), ...rest]) : expected;
        expect(reading.edges.map((e) => [...e]).sort(), label).toEqual([...want].sort());
      }
    }
  });
});
