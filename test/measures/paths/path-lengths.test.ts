import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { pathLengthSummary, shortestPathLengths, type PathLengthSummary } from '../../../src/measures/paths/index.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { buildGraph, graphOf, igraph, names, networkx, specs } from '../../fixtures/whole-network/fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';
import { expectProgressContract } from '../progress-contract.js';

function expectSummaryClose(actual: PathLengthSummary, expected: Record<string, number>, tolerance = 1e-12): void {
  for (const key of ['averagePathLength', 'diameter', 'radius', 'reachablePairs', 'efficiency'] as const) {
    const e = expected[key];
    if (Number.isNaN(e)) expect(actual[key], key).toBeNaN();
    else expect(Math.abs(actual[key] - e), `${key}: ${actual[key]} vs ${e}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e)));
  }
}

function expectLengthsClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) expect(actual[key]).toBeCloseTo(expected[key], 12);
}

describe('shortestPathLengths against NetworkX single_source_(shortest_path|dijkstra_path)_length', () => {
  for (const name of names(networkx).filter((g) => networkx[g].sp_hop)) {
    it(name, () => {
      const g = buildGraph(name);
      const ref = networkx[name];
      expectLengthsClose(shortestPathLengths(g, ref.source, { distance: null }), ref.sp_hop);
      if (ref.sp_weight) {
        expectLengthsClose(shortestPathLengths(g, ref.source), ref.sp_weight);
        expectLengthsClose(shortestPathLengths(g, ref.source, { distance: 'inverse' }), ref.sp_inverse);
      }
    });
  }
});

describe('pathLengthSummary against NetworkX 2.8.8 and python-igraph 0.10.2', () => {
  for (const name of names(networkx).filter((g) => networkx[g].path_summary_hop)) {
    it(`${name}: hop counts (all-pairs NetworkX distances; igraph average_path_length/diameter(unconn=True), radius(mode="out"))`, () => {
      const g = buildGraph(name);
      const summary = pathLengthSummary(g, { distance: null });
      expectSummaryClose(summary, networkx[name].path_summary_hop);
      const ig = igraph[name];
      if (summary.reachablePairs > 0) {
        expect(summary.averagePathLength).toBeCloseTo(ig.average_path_length_hop, 12);
        expect(summary.diameter).toBe(ig.diameter_hop);
      }
      expect(summary.radius).toBe(ig.radius_hop);
      const ref = networkx[name];
      if (ref.global_efficiency !== undefined && g.order > 1) expect(summary.efficiency).toBeCloseTo(ref.global_efficiency, 12);
      if (ref.average_shortest_path_length !== undefined) {
        expect(summary.averagePathLength).toBeCloseTo(ref.average_shortest_path_length, 12);
        expect(summary.diameter).toBe(ref.diameter);
        expect(summary.radius).toBe(ref.radius);
      }
    });
    if (specs[name].weighted) {
      it(`${name}: weights as distances (NetworkX all-pairs Dijkstra; igraph weighted average_path_length, diameter, distances)`, () => {
        const summary = pathLengthSummary(buildGraph(name));
        expectSummaryClose(summary, networkx[name].path_summary_weight);
        expectSummaryClose(summary, igraph[name].path_summary_weight_from_distances);
        expect(summary.averagePathLength).toBeCloseTo(igraph[name].average_path_length_weight, 12);
        expect(summary.diameter).toBeCloseTo(igraph[name].diameter_weight, 12);
        if (networkx[name].average_shortest_path_length_weight !== undefined) {
          expect(summary.averagePathLength).toBeCloseTo(networkx[name].average_shortest_path_length_weight, 12);
        }
      });
    }
  }
});

describe('NetworkX shortest-path and distance test suites', () => {
  const cycle7 = () => graphOf(false, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 0]]);
  const grid4 = () => {
    // cnlti(nx.grid_2d_graph(4, 4), first_label=1, ordering="sorted"): node (r, c) → 4r + c + 1
    const edges: [number, number][] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
      if (c < 3) edges.push([4 * r + c + 1, 4 * r + c + 2]);
      if (r < 3) edges.push([4 * r + c + 1, 4 * (r + 1) + c + 1]);
    }
    return graphOf(false, edges);
  };
  it('test_unweighted.py::TestUnweightedPath::test_single_source_shortest_path_length', () => {
    expect(shortestPathLengths(cycle7(), '0')).toEqual({ 0: 0, 1: 1, 2: 2, 3: 3, 4: 3, 5: 2, 6: 1 });
    const directed = graphOf(true, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 0]]);
    expect(shortestPathLengths(directed, '0')).toEqual({ 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6 });
  });
  it('test_weighted.py::TestWeightedPath::test_dijkstra (XG: single_source_dijkstra_path_length(XG, "s")["v"] == 9)', () => {
    const xg = graphOf(true, [
      ['s', 'u', 10], ['s', 'x', 5], ['u', 'v', 1], ['u', 'x', 2], ['v', 'y', 1],
      ['x', 'u', 3], ['x', 'v', 5], ['x', 'y', 2], ['y', 's', 7], ['y', 'v', 6],
    ]);
    expect(shortestPathLengths(xg, 's').v).toBe(9);
  });
  it('test_generic.py::TestAverageShortestPathLength::test_cycle_graph, test_path_graph, test_weighted', () => {
    expect(pathLengthSummary(cycle7()).averagePathLength).toBeCloseTo(2, 7);
    expect(pathLengthSummary(graphOf(false, [[0, 1], [1, 2], [2, 3], [3, 4]])).averagePathLength).toBeCloseTo(2, 7);
    const weightedCycle = graphOf(false, [[0, 1, 2], [1, 2, 2], [2, 3, 2], [3, 4, 2], [4, 5, 2], [5, 6, 2], [6, 0, 2]]);
    expect(pathLengthSummary(weightedCycle).averagePathLength).toBeCloseTo(4, 7);
    const weightedPath = graphOf(false, [[0, 1, 2], [1, 2, 2], [2, 3, 2], [3, 4, 2]]);
    expect(pathLengthSummary(weightedPath).averagePathLength).toBeCloseTo(4, 7);
  });
  it('test_generic.py::TestAverageShortestPathLength::test_disconnected: NetworkX raises, zonelink averages the reachable pairs', () => {
    const g = graphOf(false, [[0, 1]], [0, 1, 2]);
    // only 0–1 and 1–0 are reachable: average 1 (igraph unconn=True gives the same)
    expect(pathLengthSummary(g).averagePathLength).toBe(1);
    expect(pathLengthSummary(g).reachablePairs).toBe(2);
  });
  it('test_generic.py::TestAverageShortestPathLength::test_trivial_graph: NetworkX gives 0 for one node, zonelink NaN (no pair)', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('0');
    const s = pathLengthSummary(g);
    expect(s.averagePathLength).toBeNaN();
    expect(s.radius).toBe(0);
    expect(s.efficiency).toBeNaN();
  });
  it('test_distance_measures.py::TestDistance::test_diameter and test_radius (4×4 grid: 6 and 4)', () => {
    const s = pathLengthSummary(grid4());
    expect(s.diameter).toBe(6);
    expect(s.radius).toBe(4);
  });
  it('test_efficiency.py::TestEfficiency::test_global_efficiency (cycle_graph(4): 5/6) and test_global_efficiency_complete_graph', () => {
    expect(pathLengthSummary(graphOf(false, [[0, 1], [1, 2], [2, 3], [3, 0]])).efficiency).toBeCloseTo(5 / 6, 15);
    for (let n = 2; n < 10; n++) {
      const edges: [number, number][] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) edges.push([i, j]);
      expect(pathLengthSummary(graphOf(false, edges)).efficiency).toBe(1);
    }
  });
  it('test_efficiency.py::TestEfficiency::test_efficiency_disconnected_nodes (three isolates: efficiency 0)', () => {
    const s = pathLengthSummary(graphOf(false, [], [1, 2, 3]));
    expect(s.efficiency).toBe(0);
    expect(s.averagePathLength).toBeNaN();
    expect(s.diameter).toBeNaN();
    expect(s.radius).toBe(0); // igraph: isolated nodes have eccentricity 0
  });
});

describe('hand calculations and options', () => {
  it('directed graphs use ordered pairs: a → b → c', () => {
    // pairs: a→b 1, a→c 2, b→c 1; eccentricities a 2, b 1, c 0 → radius 0 (igraph radius(mode="out"))
    const s = pathLengthSummary(graphOf(true, [['a', 'b'], ['b', 'c']]));
    expect(s).toEqual({ averagePathLength: 4 / 3, diameter: 2, radius: 0, reachablePairs: 3, efficiency: (1 + 0.5 + 1) / 6 });
  });
  it("distance: 'inverse' reads strengths: a–b 2, b–c 4 gives lengths 0.5 and 0.25; weight 0 is no edge", () => {
    const g = graphOf(false, [['a', 'b', 2], ['b', 'c', 4], ['c', 'd', 0]]);
    expect(shortestPathLengths(g, 'a', { distance: 'inverse' })).toEqual({ a: 0, b: 0.5, c: 0.75 });
    expect(pathLengthSummary(g, { distance: 'inverse' }).diameter).toBe(0.75);
  });
  it("mode 'in' gives distances to the source", () => {
    const g = graphOf(true, [['a', 'b'], ['b', 'c']]);
    expect(shortestPathLengths(g, 'c', { mode: 'in' })).toEqual({ c: 0, a: 2, b: 1 });
    expect(shortestPathLengths(g, 'c')).toEqual({ c: 0 });
  });
  it('a compact adjacency gives the same result as the graph', () => {
    const g = buildGraph('karate');
    expect(pathLengthSummary(compactAdjacency(g))).toEqual(pathLengthSummary(g));
  });
  it('the empty graph', () => {
    const s = pathLengthSummary(new Graph());
    expect(s.reachablePairs).toBe(0);
    expect(s.radius).toBeNaN();
  });
  it('bad input throws ZonelinkError naming the function', () => {
    const g = graphOf(false, [['a', 'b', 0]]);
    expect(zonelinkErrorOf(() => pathLengthSummary(g)).message).toMatch(/pathLengthSummary/);
    expect(zonelinkErrorOf(() => shortestPathLengths(g, 'zz', { distance: null })).message).toMatch(/shortestPathLengths.*zz/);
    expect(zonelinkErrorOf(() => shortestPathLengths(g, 'a', { distance: null, mode: 'both' as 'in' })).message).toMatch(/shortestPathLengths/);
    expect(zonelinkErrorOf(() => pathLengthSummary(g, { distance: 'log' as 'weight' })).code).toBe('invalid-argument');
  });
});

describe('declared options (docs/options.md) and progress', () => {
  it('unknown options are errors naming the function and the nearest option', () => {
    const g = buildGraph('karate');
    const e = zonelinkErrorOf(() => pathLengthSummary(g, { distnce: null } as never));
    expect(e.message).toMatch(/^pathLengthSummary: unknown option distnce \(did you mean distance\?\)/);
    expect(e.issues[0].code).toBe('unknown-option');
    expect(zonelinkErrorOf(() => shortestPathLengths(g, '1', { mod: 'in' } as never)).message).toMatch(/^shortestPathLengths: unknown option mod \(did you mean mode\?\)/);
  });
  it('pathLengthSummary reports one unit per source, cancels, and gives the same result with progress', () => {
    const g = buildGraph('karate');
    const events = expectProgressContract('pathLengthSummary', (p) => pathLengthSummary(g, { distance: null, ...p }));
    expect(events.at(-1)).toEqual({ task: 'pathLengthSummary', done: g.order, total: g.order, unit: 'sources' });
    expectProgressContract('pathLengthSummary', (p) => pathLengthSummary(compactAdjacency(g), p));
  });
});
