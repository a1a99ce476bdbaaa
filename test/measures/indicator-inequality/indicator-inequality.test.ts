import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph, { MultiGraph } from 'graphology';
import { indicatorInequality, type IndicatorInequalityResult } from '../../../src/measures/indicator-inequality/indicator-inequality.js';
import { degree } from '../../../src/measures/centrality/degree.js';
import type { ZoneNetwork, ZoneNodeAttributes, LinkageAttributes, ZoneNetworkAttributes } from '../../../src/network/zone-network.js';
import reference from '../../fixtures/inequality/network-inequality-reference.json';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const ref = reference.indicatorInequality;
interface ExpectedTheil {
  total: number;
  between: number;
  within: number;
  betweenShare: number;
  withinShare: number;
  groups: { group: string; size: number; populationShare: number; valueShare: number; mean: number; index: number; contribution: number }[];
}
interface Expected {
  n: number;
  gini?: number;
  theilT?: number;
  theilL?: number;
  cv?: number;
  atkinson?: number;
  hhi?: number;
  cr10?: number | null;
  lorenz?: { p: number[]; l: number[] };
  theilTDecomposition?: ExpectedTheil;
  theilLDecomposition?: ExpectedTheil;
  dagum?: { gini: number; within: number; netBetween: number; transvariation: number; groups: string[]; groupGini: number[] };
  estebanRay?: number;
  wolfson?: number | null;
  zhangKanbur?: number;
  groups?: { group: string; n: number; mean: number; gini: number }[];
}

const rel = (a: number | null, b: number | null, tol = 1e-9) => {
  if (b === null) return expect(a).toBeNull();
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

const thrown = zonelinkErrorOf;

const NAMES: Record<string, string> = {
  '310000': 'Shanghai', '320100': 'Nanjing', '320500': 'Suzhou', '330100': 'Hangzhou', '440100': 'Guangzhou',
  '420100': 'Wuhan', '430100': 'Changsha', '340100': 'Hefei', '510100': 'Chengdu', '500000': 'Chongqing',
  '610100': "Xi'an", '210100': 'Shenyang', '220100': 'Changchun',
};

/**
 * The test network: 13 cities (gdp and pop for 2020, gdp for 2021 except Shenyang and
 * Changchun), 5 zones (output for 2020), some linkages including parallel edges and a
 * self-loop. Province and region are given on some records only; the others follow
 * from the codes.
 */
function buildNetwork(): ZoneNetwork {
  const net: ZoneNetwork = new MultiGraph<ZoneNodeAttributes, LinkageAttributes, ZoneNetworkAttributes>({ type: 'mixed', allowSelfLoops: true });
  for (const c of ref.cities) {
    const indicators: Record<string, Record<string, number>> = { '2020': { gdp: c.gdp2020, pop: c.pop2020 } };
    if (c.gdp2021 !== null) indicators['2021'] = { gdp: c.gdp2021 };
    const record: Record<string, unknown> = {
      kind: 'city',
      id: c.id,
      name: { en: NAMES[c.id], zh: NAMES[c.id] },
      strategies: [],
      cityClusters: [],
      nationalCentralCity: false,
      provincialCapital: true,
      coordinates: { lon: c.lon, lat: c.lat },
      indicators,
      coastal: ['31', '32', '33', '44', '21'].includes(c.id.slice(0, 2)),
    };
    if (c.id === '310000') Object.assign(record, { province: 'shanghai', region: 'east' });
    if (c.id === '320100') record.province = 'jiangsu';
    if (c.id === '420100') record.tier = 'second';
    net.addNode(c.id, record as unknown as ZoneNodeAttributes);
  }
  for (const z of ref.zones) {
    net.addNode(z.id, {
      kind: 'zone',
      id: z.id,
      name: { en: z.id, zh: z.id },
      category: z.category,
      level: 'national',
      hostCities: [z.hostCity],
      indicators: { '2020': { output: z.output2020 } },
    } as unknown as ZoneNodeAttributes);
  }
  const link = (key: string, s: string, t: string, directed = false) => {
    const attributes = { id: key, source: s, target: t, directed, mode: 'industrial-chain' } as unknown as LinkageAttributes;
    if (directed) net.addDirectedEdgeWithKey(key, s, t, attributes);
    else net.addUndirectedEdgeWithKey(key, s, t, attributes);
  };
  link('l1', 'z-sip', '320500');
  link('l2', 'z-sip', '310000');
  link('l3', 'z-sip', '310000');
  link('l4', '310000', '320100', true);
  link('l5', '510100', '500000');
  link('l6', '420100', '420100');
  return net;
}

function compareTheil(got: IndicatorInequalityResult['theilTDecomposition'], want: ExpectedTheil) {
  rel(got.total, want.total);
  rel(got.between, want.between);
  rel(got.within, want.within);
  rel(got.betweenShare, want.betweenShare);
  rel(got.withinShare, want.withinShare);
  rel(got.between + got.within, got.total);
  expect(got.groups.map((g) => g.group)).toEqual(want.groups.map((g) => g.group));
  got.groups.forEach((g, k) => {
    const w = want.groups[k];
    expect(g.size).toBe(w.size);
    rel(g.populationShare, w.populationShare);
    rel(g.valueShare, w.valueShare);
    rel(g.mean, w.mean);
    rel(g.index, w.index);
    rel(g.contribution, w.contribution);
  });
}

function compareFull(got: IndicatorInequalityResult, want: Expected) {
  expect(got.n).toBe(want.n);
  if (want.gini !== undefined) rel(got.gini, want.gini);
  if (want.theilT !== undefined) rel(got.theilT, want.theilT);
  if (want.theilL !== undefined) rel(got.theilL, want.theilL);
  if (want.cv !== undefined) rel(got.coefficientOfVariation, want.cv);
  if (want.atkinson !== undefined) rel(got.atkinson, want.atkinson);
  if (want.hhi !== undefined) rel(got.hhi, want.hhi);
  if (want.cr10 !== undefined) rel(got.cr10, want.cr10);
  if (want.lorenz) {
    expect(got.lorenz.p.length).toBe(want.lorenz.p.length);
    got.lorenz.p.forEach((p, k) => rel(p, want.lorenz!.p[k]));
    got.lorenz.l.forEach((l, k) => rel(l, want.lorenz!.l[k]));
  }
  if (want.theilTDecomposition) compareTheil(got.theilTDecomposition, want.theilTDecomposition);
  if (want.theilLDecomposition) compareTheil(got.theilLDecomposition, want.theilLDecomposition);
  if (want.dagum) {
    rel(got.dagum.gini, want.dagum.gini);
    rel(got.dagum.within, want.dagum.within);
    rel(got.dagum.netBetween, want.dagum.netBetween);
    rel(got.dagum.transvariation, want.dagum.transvariation);
    rel(got.dagum.within + got.dagum.netBetween + got.dagum.transvariation, got.gini);
    expect(got.dagum.groups).toEqual(want.dagum.groups);
    got.dagum.groupGini.forEach((g, k) => rel(g, want.dagum!.groupGini[k]));
  }
  if (want.estebanRay !== undefined) rel(got.estebanRay, want.estebanRay);
  if (want.wolfson !== undefined) rel(got.wolfson, want.wolfson);
  if (want.zhangKanbur !== undefined) rel(got.zhangKanbur, want.zhangKanbur);
  if (want.groups) {
    expect(got.groups.map((g) => g.group)).toEqual(want.groups.map((g) => g.group));
    got.groups.forEach((g, k) => {
      expect(g.n).toBe(want.groups![k].n);
      rel(g.mean, want.groups![k].mean);
      rel(g.gini, want.groups![k].gini);
    });
  }
}

describe('indicatorInequality — indicator names read per year (reference: Python, definitions)', () => {
  it('gdp 2020 by macro-region: values gathered from the cities, every index', () => {
    const net = buildNetwork();
    const r = indicatorInequality(net, 'gdp', { indicatorYear: 2020 });
    expect(r.indicator).toBe('gdp');
    expect(r.indicatorYear).toBe('2020');
    expect(r.nodes).toBe('cities');
    expect(r.groupBy).toBe('region');
    expect(r.weightIndicator).toBeNull();
    expect(r.weights).toBeNull();
    expect(r.skipped).toEqual([]);
    expect(r.values).toEqual(Object.fromEntries(ref.cities.map((c) => [c.id, c.gdp2020])));
    // regions: given (Shanghai), via the given province (Nanjing), via the code (the rest)
    expect(r.groupOf['310000']).toBe('east');
    expect(r.groupOf['320100']).toBe('east');
    expect(r.groupOf['420100']).toBe('central');
    expect(r.groupOf['500000']).toBe('west');
    expect(r.groupOf['220100']).toBe('northeast');
    expect(Object.keys(r.groupOf)).toHaveLength(13);
    compareFull(r, ref.gdp2020ByRegion);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain, JSON-serialisable
  });

  it('year as a string; grouping by province', () => {
    const r = indicatorInequality(buildNetwork(), 'gdp', { indicatorYear: '2020', groupBy: 'province' });
    expect(r.groupOf['320500']).toBe('jiangsu');
    expect(r.groupOf['500000']).toBe('chongqing');
    compareFull(r, ref.gdp2020ByProvince);
  });

  it('population weights (an indicator name): weighted indices, Wolfson null', () => {
    const r = indicatorInequality(buildNetwork(), 'gdp', { indicatorYear: 2020, weightIndicator: 'pop' });
    expect(r.weightIndicator).toBe('pop');
    expect(r.weights).toEqual(Object.fromEntries(ref.cities.map((c) => [c.id, c.pop2020])));
    compareFull(r, ref.gdp2020ByRegionPopulationWeighted);
    expect(r.wolfson).toBeNull();
  });

  it('a function indicator (GDP per capita) with population weights', () => {
    const perCapita = (_: string, a: Record<string, any>) => a.indicators?.['2020']?.gdp / a.indicators?.['2020']?.pop;
    const r = indicatorInequality(buildNetwork(), perCapita, { nodes: 'cities', weightIndicator: 'pop', indicatorYear: 2020 });
    expect(r.indicator).toBeNull();
    expect(r.indicatorYear).toBe('2020');
    compareFull(r, ref.perCapita2020ByRegionPopulationWeighted);
  });

  it('default year = the latest year carrying the indicator; missing nodes are all listed', () => {
    const net = buildNetwork();
    const e = thrown(() => indicatorInequality(net, 'gdp'));
    expect(e.message).toMatch(/^indicatorInequality: 2 node\(s\) lacking indicator 'gdp' for 2021: 210100, 220100/);
    expect(e.issues.map((i) => i.id)).toEqual(['210100', '220100']);
    expect(e.issues.every((i) => i.code === 'missing-indicator')).toBe(true);
  });

  it("missing: 'skip' drops the nodes lacking the indicator and lists them", () => {
    const r = indicatorInequality(buildNetwork(), 'gdp', { missing: 'skip' });
    expect(r.indicatorYear).toBe('2021');
    expect(r.skipped).toEqual([
      { node: '210100', missing: ['indicator'] },
      { node: '220100', missing: ['indicator'] },
    ]);
    expect(Object.keys(r.values)).toHaveLength(11);
    expect(r.cr10).not.toBeNull();
    compareFull(r, ref.gdp2021SkipByRegion);
    // northeast disappears: three groups
    expect(r.groups.map((g) => g.group)).toEqual(['east', 'central', 'west']);
  });

  it('a missing weight is reported like a missing value', () => {
    const net = buildNetwork();
    const e = thrown(() => indicatorInequality(net, 'gdp', { indicatorYear: 2021, weightIndicator: 'pop' }));
    // no city has pop for 2021; Shenyang and Changchun lack gdp too
    expect(e.message).toMatch(/2 node\(s\) lacking indicator 'gdp' for 2021: 210100, 220100; 13 node\(s\) lacking weight 'pop' for 2021/);
    expect(e.issues).toHaveLength(15);
  });
});

describe('indicatorInequality — groupings', () => {
  it('a partition record (communities) and a community result object', () => {
    const net = buildNetwork();
    const coastal = Object.fromEntries(ref.cities.map((c) => [c.id, ['31', '32', '33', '44', '21'].includes(c.id.slice(0, 2)) ? 'coast' : 'inland']));
    const r = indicatorInequality(net, 'gdp', { indicatorYear: 2020, groupBy: coastal });
    expect(r.groupBy).toBe('partition');
    compareFull(r, ref.gdp2020ByPartition);
    const numeric = Object.fromEntries(Object.entries(coastal).map(([k, v]) => [k, v === 'coast' ? 0 : 1]));
    const c = indicatorInequality(net, 'gdp', { indicatorYear: 2020, groupBy: { partition: numeric, modularity: 0.3, communities: 2 } as never });
    expect(c.groups.map((g) => g.group)).toEqual([0, 1]);
    rel(c.theilTDecomposition.between, ref.gdp2020ByPartition.theilTDecomposition.between);
    rel(c.dagum.netBetween, ref.gdp2020ByPartition.dagum.netBetween);
  });

  it('any node attribute (booleans become labels)', () => {
    const r = indicatorInequality(buildNetwork(), 'gdp', { indicatorYear: 2020, groupBy: 'coastal' });
    expect(r.groupOf['310000']).toBe('true');
    expect(r.groupOf['420100']).toBe('false');
    rel(r.theilTDecomposition.between, ref.gdp2020ByPartition.theilTDecomposition.between);
  });

  it('a node without a group label: error listing every such node, or skipped', () => {
    const net = buildNetwork();
    const e = thrown(() => indicatorInequality(net, 'gdp', { indicatorYear: 2020, groupBy: 'tier' }));
    expect(e.message).toMatch(/12 node\(s\) without a group label \(tier\)/);
    expect(e.issues).toHaveLength(12);
    const r = indicatorInequality(net, 'gdp', { indicatorYear: 2020, groupBy: 'tier', missing: 'skip' });
    expect(r.n).toBe(1);
    expect(r.skipped).toHaveLength(12);
    expect(r.skipped[0]).toEqual({ node: '310000', missing: ['group'] });
    // one unit: every index 0, Zhang–Kanbur NaN (one group)
    expect(r.gini).toBe(0);
    expect(r.theilT).toBe(0);
    expect(r.theilL).toBe(0);
    expect(r.coefficientOfVariation).toBe(0);
    expect(r.atkinson).toBe(0);
    expect(r.wolfson).toBe(0);
    expect(r.cr10).toBeNull();
    expect(r.zhangKanbur).toBeNaN();
    expect(r.groups).toEqual([{ group: 'second', n: 1, mean: 15616, gini: 0 }]);
  });

  it('zones: default node kind from the indicator; region via the host city province; category', () => {
    const net = buildNetwork();
    const byRegion = indicatorInequality(net, 'output');
    expect(byRegion.nodes).toBe('zones');
    expect(byRegion.indicatorYear).toBe('2020');
    expect(byRegion.groupOf).toEqual({ 'z-sip': 'east', 'z-pudong': 'east', 'z-wuhan-ez': 'central', 'z-tianfu': 'west', 'z-xian-hz': 'west' });
    compareFull(byRegion, ref.zoneOutputByRegion);
    const byCategory = indicatorInequality(net, 'output', { groupBy: 'category' });
    compareFull(byCategory, ref.zoneOutputByCategory);
    expect(byCategory.cr10).toBeNull();
  });
});

describe('indicatorInequality — centrality results as the indicator', () => {
  function tierNetwork(): Graph {
    const g = new Graph();
    ref.centralityByTier.tiers.forEach((t, i) => g.addNode(`n${i}`, { kind: 'city', tier: t }));
    return g;
  }

  it('a node-keyed record with a zero: Theil T keeps it, Theil L is +Infinity', () => {
    const values = Object.fromEntries(ref.centralityByTier.values.map((v, i) => [`n${i}`, v]));
    const r = indicatorInequality(tierNetwork(), values, { groupBy: 'tier' });
    expect(r.nodes).toBe('record');
    expect(r.indicatorYear).toBeNull();
    compareFull(r, ref.centralityByTier.result);
    expect(r.theilL).toBe(Infinity);
    // { values } results (pagerank, eigenvector …) are read the same way
    const wrapped = indicatorInequality(tierNetwork(), { values, iterations: 3, converged: true } as never, { groupBy: 'tier' });
    expect(wrapped.gini).toBe(r.gini);
  });

  it('degree of a star (hand calculation): values 3, 1, 1, 1 → G = 12/48 = 0.25', () => {
    const g = new Graph({ type: 'undirected' });
    ['hub', 'a', 'b', 'c'].forEach((id) => g.addNode(id, { kind: 'city', province: id === 'hub' ? 'hubei' : 'hunan' }));
    ['a', 'b', 'c'].forEach((id) => g.addEdge('hub', id));
    const r = indicatorInequality(g, degree(g), { groupBy: 'province' });
    // ΣΣ|x_i − x_j| = 2·3·2 = 12; 2n²μ = 2·16·1.5 = 48
    expect(r.gini).toBeCloseTo(0.25, 12);
    // groups hubei {3}, hunan {1,1,1}: all inequality between; T: B = Σ s ln(s/v) = 0.5 ln 2 + 0.5 ln(2/3)
    expect(r.theilTDecomposition.within).toBe(0);
    expect(r.theilTDecomposition.between).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 12);
    expect(r.groups).toEqual([
      { group: 'hubei', n: 1, mean: 3, gini: 0 },
      { group: 'hunan', n: 3, mean: 1, gini: 0 },
    ]);
    // hhi = (3/6)² + 3·(1/6)² = 1/3
    expect(r.hhi).toBeCloseTo(1 / 3, 12);
  });

  it('a record naming unknown nodes is an error listing them; with nodes given, absent nodes are missing', () => {
    const g = tierNetwork();
    const e = thrown(() => indicatorInequality(g, { n0: 1, x: 2, y: 3 }, { groupBy: 'tier' }));
    expect(e.issues.map((i) => i.id)).toEqual(['x', 'y']);
    const m = thrown(() => indicatorInequality(g, { n0: 1, n1: 2 }, { groupBy: 'tier', nodes: 'cities' }));
    expect(m.issues.map((i) => i.id)).toEqual(['n2', 'n3', 'n4', 'n5']);
    const s = indicatorInequality(g, { n0: 1, n1: 2, n5: 4 }, { groupBy: 'tier', nodes: 'all', missing: 'skip' });
    expect(s.n).toBe(3);
    expect(s.skipped.map((k) => k.node)).toEqual(['n2', 'n3', 'n4']);
  });
});

describe('indicatorInequality — decompositions add up (property)', () => {
  it('Theil T, Theil L and Dagum parts sum to their totals on random networks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.constantFrom('a', 'b', 'c'), fc.double({ min: 0.1, max: 100, noNaN: true })), { minLength: 2, maxLength: 25 }),
        fc.boolean(),
        (rows, weighted) => {
          const g = new MultiGraph();
          rows.forEach(([x, grp, w], i) => g.addNode(`c${i}`, { kind: 'city', group: grp, indicators: { '2019': { v: x, w } } }));
          const r = indicatorInequality(g, 'v', { groupBy: 'group', weightIndicator: weighted ? 'w' : undefined });
          const tt = r.theilTDecomposition;
          const tl = r.theilLDecomposition;
          const tol = 1e-9 * Math.max(1, tt.total);
          expect(Math.abs(tt.between + tt.within - tt.total)).toBeLessThanOrEqual(tol);
          expect(Math.abs(tl.between + tl.within - tl.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, tl.total));
          expect(Math.abs(r.dagum.within + r.dagum.netBetween + r.dagum.transvariation - r.gini)).toBeLessThanOrEqual(1e-9);
          expect(tt.total).toBeCloseTo(r.theilT, 12);
          expect(tl.total).toBeCloseTo(r.theilL, 12);
          expect(r.groups.reduce((s, x) => s + x.n, 0)).toBe(r.n);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('indicatorInequality — edge cases and errors', () => {
  it('all values equal → every index exactly 0', () => {
    const g = new Graph();
    ['a', 'b', 'c'].forEach((id, i) => g.addNode(id, { kind: 'city', grp: i % 2, indicators: { '2020': { v: 0.1 + 0.2 } } }));
    const r = indicatorInequality(g, 'v', { groupBy: 'grp' });
    expect([r.gini, r.theilT, r.theilL, r.coefficientOfVariation, r.atkinson, r.wolfson, r.estebanRay, r.theilTDecomposition.between, r.dagum.gini]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('all values zero → NaN (Σx = 0)', () => {
    const g = new Graph();
    ['a', 'b'].forEach((id) => g.addNode(id, { kind: 'city', region: 'east', indicators: { '2020': { v: 0 } } }));
    const r = indicatorInequality(g, 'v');
    expect(r.gini).toBeNaN();
    expect(r.theilT).toBeNaN();
  });

  it('negative or non-finite values are errors listing every node, even with skip', () => {
    const net = buildNetwork();
    const f = (id: string) => (id === '310000' ? -1 : id === '500000' ? Infinity : id === '220100' ? undefined : 5);
    const e = thrown(() => indicatorInequality(net, f, { nodes: 'cities', missing: 'skip' }));
    expect(e.message).toMatch(/^indicatorInequality: invalid value\(s\) at node\(s\) 310000, 500000/);
    expect(e.issues.map((i) => i.id)).toEqual(['310000', '500000']);
  });

  it('both kinds carrying the indicator must be disambiguated', () => {
    const net = buildNetwork();
    net.mergeNodeAttributes('z-sip', { indicators: { '2020': { output: 3300, gdp: 100 } } } as never);
    expect(thrown(() => indicatorInequality(net, 'gdp', { indicatorYear: 2020 })).message).toMatch(/both zones and cities carry indicator 'gdp' in 2020/);
    expect(indicatorInequality(net, 'gdp', { indicatorYear: 2020, nodes: 'cities' }).n).toBe(13);
    expect(indicatorInequality(net, 'gdp', { indicatorYear: 2020, nodes: 'zones', missing: 'skip' }).n).toBe(1);
  });

  it('does not mutate the network', () => {
    const net = buildNetwork();
    const before = JSON.stringify(net.export());
    indicatorInequality(net, 'gdp', { indicatorYear: 2020, weightIndicator: 'pop', groupBy: 'province' });
    indicatorInequality(net, 'gdp', { missing: 'skip' });
    expect(JSON.stringify(net.export())).toBe(before);
  });

  it('bad arguments name the function', () => {
    const net = buildNetwork();
    expect(thrown(() => indicatorInequality({} as never, 'gdp')).message).toMatch(/^indicatorInequality: network/);
    expect(thrown(() => indicatorInequality(net, 'nothing')).message).toMatch(/^indicatorInequality: no node carries indicator 'nothing'/);
    expect(thrown(() => indicatorInequality(net, 'gdp', { indicatorYear: 1999 })).message).toMatch(/no zone or city carries indicator 'gdp' in 1999/);
    expect(thrown(() => indicatorInequality(net, 'gdp', { indicatorYear: 'x' as never })).message).toMatch(/indicatorYear must be/);
    expect(thrown(() => indicatorInequality(net, 'gdp', { missing: 'drop' as never })).message).toMatch(/missing must be/);
    expect(thrown(() => indicatorInequality(net, 'gdp', { nodes: 'edges' as never })).message).toMatch(/nodes must be/);
    expect(thrown(() => indicatorInequality(net, 42 as never)).message).toMatch(/indicator must be/);
    expect(thrown(() => indicatorInequality(net, 'gdp', { indicatorYear: 2020, groupBy: 7 as never })).message).toMatch(/groupBy must be/);
    const empty = new Graph();
    expect(thrown(() => indicatorInequality(empty, () => 1)).message).toMatch(/no unit left/);
  });
});

describe('one name per quantity', () => {
  it('coefficientOfVariation is the only name of the CV; indicatorYear and weightIndicator name the indicator year and the weight indicator', async () => {
    const { indicatorInequality } = await import('../../../src/measures/indicator-inequality/indicator-inequality.js');
    const Graph = (await import('graphology')).default;
    const g = new Graph({ type: 'mixed', multi: true });
    // CV of 1, 3 = σ/μ = 1/2 (σ = 1, μ = 2)
    [1, 3].forEach((v, i) => g.addNode(`c${i}`, { kind: 'city', region: 'east', indicators: { '2020': { gdp: v, pop: 1 } } }));
    const r = indicatorInequality(g, 'gdp', { indicatorYear: 2020, weightIndicator: 'pop' });
    expect(r.coefficientOfVariation).toBeCloseTo(0.5, 15);
    expect(r).not.toHaveProperty('cv');
    expect(r).not.toHaveProperty('year');
    expect(r).not.toHaveProperty('weightValues');
    expect(r.indicatorYear).toBe('2020');
    expect(r.weightIndicator).toBe('pop');
    // weights are numbers aligned with values, as in gini's weights option
    expect(r.weights).toEqual({ c0: 1, c1: 1 });
    // the old option names are unknown options now, not silently ignored
    expect(thrown(() => indicatorInequality(g, 'gdp', { year: 2020 } as never)).message).toMatch(/^indicatorInequality/);
    expect(thrown(() => indicatorInequality(g, 'gdp', { weights: 'pop' } as never)).message).toMatch(/^indicatorInequality/);
  });
});
