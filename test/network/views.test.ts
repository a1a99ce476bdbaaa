import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { layer } from '../../src/network/layer.js';
import { snapshot } from '../../src/network/snapshot.js';
import { subnetwork } from '../../src/network/subnetwork.js';
import { project } from '../../src/network/project.js';
import { cityNetwork } from '../../src/network/city-network.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';

const dataset = parseDataset(smallDataset);
const edgeIds = (g: { edges(): string[] }) => g.edges().sort();

describe('buildNetwork', () => {
  const net = buildNetwork(dataset);
  it('has one node per record and one edge per linkage, keyed by id', () => {
    expect(net.order).toBe(7);
    expect(net.size).toBe(5);
    expect(edgeIds(net)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    expect(net.multi).toBe(true);
  });
  it('makes directed linkages directed edges and the others undirected', () => {
    expect(net.isDirected('l3')).toBe(true);
    expect(net.isUndirected('l1')).toBe(true);
    expect(net.source('l3')).toBe('ftz-gd');
  });
  it('keeps every attribute and normalised enumerations', () => {
    expect(net.getEdgeAttributes('l1')).toMatchObject({ mode: 'industrial-chain', weight: 2, startYear: 2010 });
    expect(net.getNodeAttributes('htz-sz')).toMatchObject({ category: 'national-development-zone', subtype: 'htz', level: 'national', province: 'guangdong' });
    expect(net.getNodeAttributes('510100')).toMatchObject({ province: 'sichuan', region: 'west' });
  });
  it('does not share objects with the dataset', () => {
    net.getNodeAttributes('htz-gz').name.zh = 'changed';
    expect(dataset.nodes.find((n) => n.id === 'htz-gz')!.name.zh).toBe('广州高新区');
  });
});

describe('layer', () => {
  const net = buildNetwork(dataset);
  it('keeps all nodes and only the linkages of the mode', () => {
    const rf = layer(net, 'resource-factor');
    expect(rf.order).toBe(net.order);
    expect(edgeIds(rf)).toEqual(['l2', 'l3']);
    expect(rf.getAttribute('view')).toEqual(['layer:resource-factor']);
    expect(net.size).toBe(5);
  });
  it('the layers partition the linkages', () => {
    const sizes = (['resource-factor', 'industrial-chain', 'cross-regional'] as const).map((m) => layer(net, m).size);
    expect(sizes.reduce((a, b) => a + b)).toBe(net.size);
  });
});

describe('snapshot', () => {
  const net = buildNetwork(dataset);
  it('keeps zones approved by the year and linkages active in it', () => {
    const s2015 = snapshot(net, 2015);
    expect(s2015.hasNode('ftz-gd')).toBe(true); // approved 2015-04-20
    expect(s2015.hasNode('nna-tianfu')).toBe(true); // 2014
    expect(edgeIds(s2015)).toEqual(['l1', 'l5']); // l5 has no start year: kept by default
    const s2014 = snapshot(net, 2014);
    expect(s2014.hasNode('ftz-gd')).toBe(false);
    expect(edgeIds(snapshot(net, 2021))).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    expect(edgeIds(snapshot(net, 2023))).toEqual(['l1', 'l2', 'l3', 'l5']); // l4 ended 2022
  });
  it('drops undated records on request', () => {
    expect(edgeIds(snapshot(net, 2023, { undatedLinkages: 'drop' }))).toEqual(['l1', 'l2', 'l3']);
  });
  it('drops linkages whose end is not there yet', () => {
    const s1995 = snapshot(net, 1995);
    expect(s1995.hasNode('htz-sz')).toBe(false);
    // l5 has no start year, but Tianfu (2014) is not there yet in 1995.
    expect(s1995.size).toBe(0);
  });
  it('rejects a non-integer year', () => {
    expect(() => snapshot(net, 2019.5)).toThrow(/snapshot/);
  });
});

describe('subnetwork', () => {
  const net = buildNetwork(dataset);
  it('induces the subnetwork of the selected nodes', () => {
    const gd = subnetwork(net, (_id, node) => node.province === 'guangdong');
    expect(gd.order).toBe(5);
    expect(edgeIds(gd)).toEqual(['l1', 'l2', 'l3']);
    expect(net.order).toBe(7);
  });
});

describe('project', () => {
  const net = buildNetwork(dataset);
  it('merges parallel linkages by sum, max or count', () => {
    const sum = project(net);
    expect(sum.type).toBe('undirected');
    expect(sum.multi).toBe(false);
    expect(sum.size).toBe(4);
    const e = sum.edge('htz-gz', 'htz-sz')!;
    expect(sum.getEdgeAttributes(e)).toMatchObject({ weight: 3, count: 2, modes: { 'industrial-chain': 2, 'resource-factor': 1 } });
    expect(sum.getEdgeAttribute(e, 'linkages').sort()).toEqual(['l1', 'l2']);
    const max = project(net, { merge: 'max' });
    expect(max.getEdgeAttribute(max.edge('htz-gz', 'htz-sz')!, 'weight')).toBe(2);
    const count = project(net, { merge: 'count' });
    expect(count.getEdgeAttribute(count.edge('htz-gz', 'htz-sz')!, 'weight')).toBe(2);
  });
  it('applies mode weights and leaves out modes weighted 0', () => {
    const g = project(net, { modeWeights: { 'industrial-chain': 10, 'cross-regional': 0 } });
    expect(g.getEdgeAttribute(g.edge('htz-gz', 'htz-sz')!, 'weight')).toBe(21);
    expect(g.size).toBe(2);
  });
  it('rejects negative or non-finite mode weights, naming the function', () => {
    expect(() => project(net, { modeWeights: { 'industrial-chain': -1 } })).toThrow(ZonelinkError);
    expect(() => project(net, { modeWeights: { 'industrial-chain': Number.NaN } })).toThrow(/^project: /);
  });
  it('directed: directed linkages are one arc, undirected ones two', () => {
    const g = project(net, { directed: true });
    expect(g.type).toBe('directed');
    expect(g.hasDirectedEdge('ftz-gd', 'htz-gz')).toBe(true);
    expect(g.hasDirectedEdge('htz-gz', 'ftz-gd')).toBe(false);
    expect(g.hasDirectedEdge('htz-sz', 'htz-gz')).toBe(true);
    expect(g.getEdgeAttribute(g.edge('htz-sz', 'htz-gz')!, 'weight')).toBe(3);
  });
  it('keys edges by their ends, so output does not depend on graphology counters', () => {
    expect(project(net).edges().sort()).toEqual(['ftz-gd--htz-gz', 'htz-gz--htz-sz', 'htz-gz--nna-tianfu', 'nna-tianfu--510100'].sort());
    expect(project(net, { directed: true }).hasEdge('ftz-gd->htz-gz')).toBe(true);
  });
  it('property: merge "sum" preserves the total (mode-weighted) weight', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: 5 }),
            t: fc.integer({ min: 0, max: 5 }),
            mode: fc.constantFrom('resource-factor', 'industrial-chain', 'cross-regional'),
            weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
            directed: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        fc.record({ rf: fc.double({ min: 0, max: 3, noNaN: true }), ic: fc.double({ min: 0, max: 3, noNaN: true }) }),
        (links, w) => {
          const nodes = Array.from({ length: 6 }, (_, i) => ({ kind: 'city' as const, id: `11010${i}`, name: { zh: `城${i}` } }));
          const d = parseDataset(
            {
              metadata: { name: 'p' },
              nodes,
              linkages: links.map((l, i) => ({ id: `l${i}`, source: nodes[l.s].id, target: nodes[l.t].id, mode: l.mode, weight: l.weight, directed: l.directed })),
            },
            { allowSelfLoops: true },
          );
          const modeWeights = { 'resource-factor': w.rf, 'industrial-chain': w.ic };
          const g = project(buildNetwork(d), { modeWeights });
          let total = 0;
          g.forEachEdge((_e, a) => (total += a.weight));
          const expected = d.linkages.reduce((s, l) => s + l.weight * ((modeWeights as Record<string, number>)[l.mode] ?? 1), 0);
          expect(total).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('cityNetwork', () => {
  const net = buildNetwork(dataset);
  const cities = cityNetwork(net);
  it('collapses zones into host cities and keeps the membership', () => {
    expect(cities.nodes().sort()).toEqual(['440100', '440300', '510100']);
    expect(cities.getNodeAttribute('440100', 'zones' as never)).toEqual(['htz-gz', 'ftz-gd']);
    expect(cities.getNodeAttribute('440300', 'zones' as never)).toEqual(['htz-sz', 'ftz-gd']);
  });
  it('splits a multi-city zone’s linkage over its host cities and drops intra-city ones', () => {
    // l3: ftz-gd (440100, 440300) → htz-gz (440100), weight 3: 440100→440100 (dropped) and 440300→440100 (1.5).
    expect(cities.hasEdge('l3@1')).toBe(true);
    expect(cities.getEdgeAttributes('l3@1')).toMatchObject({ source: '440300', target: '440100', weight: 1.5 });
    expect(cities.hasEdge('l3@0')).toBe(false);
    // l5: Tianfu (510100) — Chengdu (510100) is intra-city.
    expect(cities.getAttribute('intraCityLinkages')).toBe(2);
    expect(cities.edges().sort()).toEqual(['l1', 'l2', 'l3@1', 'l4']);
  });
  it('keeps intra-city linkages as self-loops on request, preserving total weight', () => {
    const kept = cityNetwork(net, { intraCity: 'keep' });
    let total = 0;
    kept.forEachEdge((_e, a) => (total += a.weight));
    expect(total).toBeCloseTo(2 + 1 + 3 + 4 + 1, 12);
  });
  it('adds host cities missing from the network', () => {
    const zonesOnly = buildNetwork(parseDataset({ metadata: { name: 'z' }, nodes: smallDataset.nodes.filter((n) => n.kind === 'zone'), linkages: [] }));
    const c = cityNetwork(zonesOnly);
    expect(c.getNodeAttributes('510100')).toMatchObject({ kind: 'city', province: 'sichuan', zones: ['nna-tianfu'] });
  });
});

describe('measures on a ZoneNetwork view', () => {
  it('project the view first (undirected, weights summed), as the doc of compactAdjacency says', async () => {
    const { betweenness, strength } = await import('../../src/measures/centrality/index.js');
    const net = buildNetwork(dataset);
    expect(strength(net)).toEqual(strength(project(net)));
    expect(betweenness(layer(net, 'resource-factor'))).toEqual(betweenness(project(layer(net, 'resource-factor'))));
    // Guangzhou HTZ: l1 2 + l2 1 + l3 3 + l4 4.
    expect(strength(net)['htz-gz']).toBe(10);
  });
});
