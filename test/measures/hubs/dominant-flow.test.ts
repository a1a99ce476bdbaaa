import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { dominantFlowRegions } from '../../../src/measures/hubs/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';

function directed(edges: [string, string, number][], extraNodes: string[] = []): Graph {
  const g = new Graph({ type: 'directed' });
  for (const v of extraNodes) g.addNode(v);
  for (const [s, t, w] of edges) g.mergeEdge(s, t, { weight: w });
  return g;
}

describe('dominantFlowRegions', () => {
  it('hand example (Nystuen–Dacey): two nodal regions, a two-level tree and an isolate', () => {
    // inflows: A = 5 + 4 + 1 = 10, B = 3 + 6 = 9, C = 2, D = 0, E = 1, F = 2, G = 0
    // A → B (3) but B is smaller: A is a centre. B → A, C → A (larger): subordinate.
    // D → B (6), B larger: D under B under A. E → F (F larger), F → E (smaller): F a centre.
    const g = directed(
      [['B', 'A', 5], ['B', 'C', 2], ['C', 'A', 4], ['D', 'B', 6], ['D', 'A', 1], ['A', 'B', 3], ['E', 'F', 2], ['F', 'E', 1]],
      ['G'],
    );
    const r = dominantFlowRegions(g);
    expect(r.size).toEqual({ A: 10, B: 9, C: 2, D: 0, E: 1, F: 2, G: 0 });
    expect(r.largestFlow).toEqual({ A: 'B', B: 'A', C: 'A', D: 'B', E: 'F', F: 'E', G: null });
    expect(r.parent).toEqual({ A: null, B: 'A', C: 'A', D: 'B', E: 'F', F: null, G: null });
    expect(r.centre).toEqual({ A: 'A', B: 'A', C: 'A', D: 'A', E: 'F', F: 'F', G: 'G' });
    expect(r.depth).toEqual({ A: 0, B: 1, C: 1, D: 2, E: 1, F: 0, G: 0 });
    expect(r.regions).toEqual([
      { centre: 'A', members: ['B', 'C', 'D'], centreSize: 10 },
      { centre: 'F', members: ['E'], centreSize: 2 },
      { centre: 'G', members: [], centreSize: 0 },
    ]);
  });

  it('an external mass decides who is larger', () => {
    // with GDP, B outranks A: A → B makes A subordinate, B → A does not
    const g = directed([['B', 'A', 5], ['A', 'B', 3], ['C', 'A', 4]]);
    const r = dominantFlowRegions(g, { size: { A: 10, B: 20, C: 1 } });
    expect(r.parent).toEqual({ B: null, A: 'B', C: 'A' });
    expect(r.regions).toEqual([{ centre: 'B', members: ['A', 'C'], centreSize: 20 }]);
  });

  it('ties: equal outflows by size then id; equal sizes by id (the smaller id ranks higher)', () => {
    // undirected path a – b – c, weights 1: inflow (strength) a = 1, b = 2, c = 1
    const path = new Graph({ type: 'undirected' });
    path.mergeEdge('a', 'b', { weight: 1 });
    path.mergeEdge('b', 'c', { weight: 1 });
    const r = dominantFlowRegions(path);
    expect(r.largestFlow.b).toBe('a'); // a and c tie on flow and size: id
    expect(r.regions).toEqual([{ centre: 'b', members: ['a', 'c'], centreSize: 2 }]);
    // x – y, equal sizes: x outranks y by id
    const pair = new Graph({ type: 'undirected' });
    pair.mergeEdge('y', 'x', { weight: 1 });
    expect(dominantFlowRegions(pair).regions).toEqual([{ centre: 'x', members: ['y'], centreSize: 1 }]);
    // equal flows to two larger nodes: the larger wins
    const g = directed([['s', 'p', 1], ['s', 'q', 1], ['z', 'q', 5]]);
    expect(dominantFlowRegions(g).largestFlow.s).toBe('q');
  });

  it('edge cases: empty graph, single node, self-loops and zero flows ignored, unweighted', () => {
    expect(dominantFlowRegions(new Graph()).regions).toEqual([]);
    const one = new Graph({ type: 'directed' });
    one.addNode('solo');
    one.addEdge('solo', 'solo', { weight: 4 });
    expect(dominantFlowRegions(one).regions).toEqual([{ centre: 'solo', members: [], centreSize: 0 }]);
    const zero = directed([['a', 'b', 0], ['b', 'c', 1]]);
    expect(dominantFlowRegions(zero).largestFlow.a).toBeNull();
    const unweighted = new Graph({ type: 'directed' });
    unweighted.mergeEdge('u', 'v');
    unweighted.mergeEdge('w', 'v');
    expect(dominantFlowRegions(unweighted, { weight: null }).regions).toEqual([{ centre: 'v', members: ['u', 'w'], centreSize: 2 }]);
  });

  it('a chain of 50,000 nodes runs without recursion', () => {
    const g = new Graph({ type: 'directed' });
    const n = 50_000;
    const size: Record<string, number> = {};
    for (let i = 0; i < n; i++) {
      g.addNode(`v${i}`);
      size[`v${i}`] = n - i;
    }
    for (let i = 1; i < n; i++) g.addEdge(`v${i}`, `v${i - 1}`, { weight: 1 });
    const r = dominantFlowRegions(g, { size });
    expect(r.regions).toHaveLength(1);
    expect(r.depth[`v${n - 1}`]).toBe(n - 1);
    expect(r.centre[`v${n - 1}`]).toBe('v0');
  });

  it('bad input: every bad size listed, invalid weights, multigraphs, a bad size option', () => {
    const g = directed([['a', 'b', 1], ['b', 'c', 1]]);
    try {
      dominantFlowRegions(g, { size: { a: NaN, b: -1 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^dominantFlowRegions/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    }
    expect(() => dominantFlowRegions(directed([['a', 'b', NaN]]))).toThrow(/^dominantFlowRegions/);
    const multi = new Graph({ multi: true, type: 'directed' });
    multi.mergeEdge('a', 'b');
    expect(() => dominantFlowRegions(multi)).toThrow(/^dominantFlowRegions/);
    expect(() => dominantFlowRegions(g, { size: 'outflow' as never })).toThrow(/^dominantFlowRegions: option size/);
  });

  it('property: the regions partition the nodes, and every parent is larger than its child', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }), (edges) => {
        const g = new Graph({ type: 'directed' });
        for (let i = 0; i < 10; i++) g.addNode(`n${i}`);
        for (const [a, b, w] of edges) if (a !== b) g.mergeEdge(`n${a}`, `n${b}`, { weight: w });
        const r = dominantFlowRegions(g);
        const covered = r.regions.flatMap((x) => [x.centre, ...x.members]).sort();
        expect(covered).toEqual(g.nodes().sort());
        for (const v of g.nodes()) {
          const p = r.parent[v];
          if (p === null) expect(r.centre[v]).toBe(v);
          else {
            expect(r.size[p] > r.size[v] || (r.size[p] === r.size[v] && p < v)).toBe(true);
            expect(r.centre[v]).toBe(r.centre[p]);
            expect(r.depth[v]).toBe(r.depth[p] + 1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
