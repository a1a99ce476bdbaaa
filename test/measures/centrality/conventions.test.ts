/**
 * The convention options (cutoff, closeness normalized/isolated, harmonic nodes,
 * eigenvector/HITS scale, density loops, edge betweenness) against NetworkX 2.8.8
 * and python-igraph 0.10.2: test/fixtures/conventions/reference.json, written by
 * test/fixtures/conventions/generate.py.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type Graph from 'graphology';
import { betweenness } from '../../../src/measures/centrality/betweenness.js';
import { closeness } from '../../../src/measures/centrality/closeness.js';
import { harmonic } from '../../../src/measures/centrality/harmonic.js';
import { eigenvector } from '../../../src/measures/centrality/eigenvector.js';
import { hits } from '../../../src/measures/centrality/hits.js';
import { density } from '../../../src/measures/centrality/density.js';
import { edgeBetweenness } from '../../../src/measures/centrality/edge-betweenness.js';
import { wolfson } from '../../../src/measures/polarization/wolfson.js';
import { buildGraph, expectRecordClose, graphSpecs } from './fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/conventions/reference.json', import.meta.url), 'utf8'), (_k, v) =>
  v === 'NaN' ? NaN : v,
);
const graphs: Record<string, Record<string, any>> = reference.graphs;
const names = ['karate', 'florentine', 'lesmis', 'digraph', 'disconnected', 'disconnected_directed', 'star6'];

/** Edge values keyed `source|target` (the fixture's edge order and orientation). */
function byEnds(graph: Graph, values: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachEdge((edge, _a, source, target) => {
    out[`${source}|${target}`] = values[edge];
  });
  return out;
}
const listed = (rows: [string, string, number][]) => Object.fromEntries(rows.map(([s, t, v]) => [`${s}|${t}`, v]));

describe.each(names)('%s', (name) => {
  const r = graphs[name];
  const weighted = graphSpecs[name].weighted;
  const g = buildGraph(name);

  it('edgeBetweenness equals NetworkX edge_betweenness_centrality (normalized and raw) and igraph edge_betweenness', () => {
    expectRecordClose(byEnds(g, edgeBetweenness(g, { weight: null })), listed(r.edge_betweenness_hop_normalized));
    expectRecordClose(byEnds(g, edgeBetweenness(g, { weight: null, normalized: false })), listed(r.edge_betweenness_hop_raw));
    expectRecordClose(byEnds(g, edgeBetweenness(g, { weight: null, normalized: false })), listed(r.igraph_edge_betweenness_hop));
    expectRecordClose(byEnds(g, edgeBetweenness(g, { weight: null, normalized: false, cutoff: 2 })), listed(r.igraph_edge_betweenness_hop_cutoff2));
    if (weighted) {
      expectRecordClose(byEnds(g, edgeBetweenness(g)), listed(r.edge_betweenness_weighted_normalized));
      expectRecordClose(byEnds(g, edgeBetweenness(g, { normalized: false })), listed(r.igraph_edge_betweenness_weighted));
    }
  });

  // betweenness: igraph betweenness(cutoff=); closeness and harmonic: NetworkX cutoff searches summed with igraph's conventions
  it.each([1, 2, 3])('cutoff %i: betweenness equals igraph, closeness and harmonic the cutoff references', (c) => {
    expectRecordClose(betweenness(g, { weight: null, normalized: false, cutoff: c }), r[`igraph_betweenness_hop_cutoff${c}`]);
    const common = { weight: null, mode: 'out', disconnected: 'reachable', isolated: 'nan', cutoff: c } as const;
    expectRecordClose(closeness(g, common), r[`closeness_hop_cutoff${c}`]);
    expectRecordClose(closeness(g, { ...common, normalized: false }), r[`closeness_hop_cutoff${c}_raw`]);
    expectRecordClose(harmonic(g, { weight: null, mode: 'out', cutoff: c }), r[`harmonic_hop_cutoff${c}`]);
  });

  it.runIf(weighted)('weighted cutoff 3 (weights as distances)', () => {
    expectRecordClose(betweenness(g, { normalized: false, cutoff: 3 }), r.igraph_betweenness_weighted_cutoff3);
    expectRecordClose(closeness(g, { mode: 'out', disconnected: 'reachable', isolated: 'nan', normalized: false, cutoff: 3 }), r.closeness_weighted_cutoff3_raw);
    expectRecordClose(harmonic(g, { mode: 'out', cutoff: 3 }), r.harmonic_weighted_cutoff3);
  });

  it("closeness normalized: false and isolated: 'nan' equal igraph closeness(normalized=False/True)", () => {
    const igraphLike = { weight: null, mode: 'out', disconnected: 'reachable', isolated: 'nan' } as const;
    expectRecordClose(closeness(g, { ...igraphLike, normalized: false }), r.igraph_closeness_hop_raw);
    expectRecordClose(closeness(g, igraphLike), r.igraph_closeness_hop);
  });

  it('harmonic for a subset of nodes equals NetworkX harmonic_centrality(nbunch=…)', () => {
    const result = harmonic(g, { weight: null, nodes: r.harmonic_subset_nodes });
    expect(Object.keys(result)).toEqual(r.harmonic_subset_nodes);
    expectRecordClose(result, r.harmonic_subset);
  });

  it.runIf(r.igraph_eigenvector_max !== undefined)("eigenvector scale: 'max' equals igraph eigenvector_centrality(scale=True)", () => {
    const { values } = eigenvector(g, { scale: 'max', tolerance: 1e-14, maxIterations: 100000 });
    expectRecordClose(values, r.igraph_eigenvector_max, 1e-7);
    const sum = eigenvector(g, { scale: 'sum' }).values;
    expect(Object.values(sum).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it.runIf(r.igraph_hub_max !== undefined)("hits scale: 'max' equals igraph hub_score / authority_score(scale=True)", () => {
    const { hubs, authorities } = hits(g, { scale: 'max', tolerance: 1e-14, maxIterations: 100000 });
    expectRecordClose(hubs, r.igraph_hub_max, 1e-7);
    expectRecordClose(authorities, r.igraph_authority_max, 1e-7);
    const unit = hits(g, { scale: 'unit' }).hubs;
    expect(Math.hypot(...Object.values(unit))).toBeCloseTo(1, 12);
  });
});

describe('density with loops', () => {
  it.each(['loops', 'loops_directed', 'karate'])("%s: loops: true equals igraph density(loops=True)", (name) => {
    expect(density(buildGraph(name), { loops: true })).toBeCloseTo(graphs[name].igraph_density_loops, 14);
  });
  it('karate (no loops): the default equals igraph density(loops=False)', () => {
    expect(density(buildGraph('karate'))).toBeCloseTo(graphs.karate.igraph_density_noloops, 14);
  });
  it('rejects a non-boolean loops', () => {
    expect(zonelinkErrorOf(() => density(buildGraph('karate'), { loops: 'yes' as never })).message).toMatch(/^density:/);
  });
});

describe('option validation', () => {
  const g = buildGraph('karate');
  it('bad cutoff, isolated, normalized, nodes and scale throw ZonelinkError naming the function', () => {
    expect(zonelinkErrorOf(() => betweenness(g, { cutoff: NaN })).message).toMatch(/^betweenness:/);
    expect(zonelinkErrorOf(() => closeness(g, { cutoff: -2 })).message).toMatch(/^closeness:/);
    expect(zonelinkErrorOf(() => closeness(g, { isolated: 'none' as never })).message).toMatch(/^closeness:/);
    expect(zonelinkErrorOf(() => closeness(g, { normalized: 0 as never })).message).toMatch(/^closeness:/);
    expect(zonelinkErrorOf(() => harmonic(g, { nodes: ['0', 'nope'] })).issues[0].code).toBe('unknown-node');
    expect(zonelinkErrorOf(() => harmonic(g, { nodes: ['0', '0'] })).issues[0].code).toBe('duplicate-node');
    expect(zonelinkErrorOf(() => eigenvector(g, { scale: 'l1' as never })).message).toMatch(/^eigenvector:/);
    expect(zonelinkErrorOf(() => hits(g, { scale: 'l1' as never })).message).toMatch(/^hits:/);
    expect(zonelinkErrorOf(() => wolfson([1, 2], { scale: 'quarter' as never })).message).toMatch(/^wolfson:/);
  });
  it('cutoff 0 leaves only zero-length paths: every betweenness and closeness is 0', () => {
    expect(Object.values(betweenness(g, { cutoff: 0 })).every((v) => v === 0)).toBe(true);
    expect(Object.values(closeness(g, { cutoff: 0 })).every((v) => v === 0)).toBe(true);
    expect(Object.values(harmonic(g, { cutoff: 0 })).every((v) => v === 0)).toBe(true);
  });
  it('cutoff Infinity equals no cutoff', () => {
    expect(betweenness(g, { cutoff: Infinity })).toEqual(betweenness(g));
    expect(harmonic(g, { cutoff: Infinity })).toEqual(harmonic(g));
  });
});

describe("wolfson scale: 'half' (pysal)", () => {
  // pysal/inequality inequality/tests/test_wolfson.py::test_wolfson (np.isclose, atol=0.01)
  it('test_wolfson: [6,6,8,8,10,10,12,12] → 1/12 and [2,4,…,16] → 11/72', () => {
    expect(Math.abs(wolfson([6, 6, 8, 8, 10, 10, 12, 12], { scale: 'half' }) - 1 / 12)).toBeLessThan(0.01);
    expect(Math.abs(wolfson([2, 4, 6, 8, 10, 12, 14, 16], { scale: 'half' }) - 11 / 72)).toBeLessThan(0.01);
  });
  it('half is exactly W/2', () => {
    const x = [20000, 25000, 27000, 30000, 35000, 45000, 60000, 75000, 80000, 120000];
    expect(wolfson(x, { scale: 'half' })).toBe(wolfson(x) / 2);
    // pysal's docstring example: 0.2013 (4 decimals)
    expect(wolfson(x, { scale: 'half' })).toBeCloseTo(0.2013, 4);
  });
});
