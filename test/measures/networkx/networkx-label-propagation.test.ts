/**
 * Ported from NetworkX 2.8.8's
 * networkx/algorithms/community/tests/test_label_propagation.py: class
 * TestAsynLpaCommunities (asyn_lpa_communities, the asynchronous method
 * zonelink implements) and test_termination. The semi-synchronous
 * label_propagation_communities tests are not ported (zonelink has no such
 * function). Every case runs over 20 seeds: the expected communities hold for any seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { labelPropagation } from '../../../src/measures/community/label-propagation.js';
import { buildGraph } from '../centrality/fixture-graphs.js';
import { fromEdges, range } from './nx-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

/** Communities as a sorted list of sorted member lists. */
function groups(partition: Record<string, number>): string[][] {
  const byLabel = new Map<number, string[]>();
  for (const [node, c] of Object.entries(partition)) byLabel.set(c, [...(byLabel.get(c) ?? []), node]);
  return [...byLabel.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}
const seeds = range(20);

describe('TestAsynLpaCommunities', () => {
  it('test_null_graph', () => {
    expect(labelPropagation(new Graph()).partition).toEqual({});
  });
  it('test_single_node', () => {
    const G = fromEdges([], { nodes: [0] });
    expect(groups(labelPropagation(G).partition)).toEqual([['0']]);
  });
  it('test_simple_communities and test_seed_argument', () => {
    const G = fromEdges([['a', 'b'], ['a', 'c'], ['b', 'c'], ['d', 'e'], ['d', 'f'], ['f', 'e']]);
    for (const seed of seeds) expect(groups(labelPropagation(G, { seed }).partition)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
  });
  it('test_several_communities', () => {
    const truth = range(5).map((i) => [3 * i, 3 * i + 1, 3 * i + 2]);
    const edges: [number, number][] = truth.flatMap(([a, b, c]) => [[a, b], [a, c], [b, c]] as [number, number][]);
    const G = fromEdges(edges);
    const expected = truth.map((c) => c.map(String).sort()).sort((a, b) => a[0].localeCompare(b[0]));
    for (const seed of seeds) expect(groups(labelPropagation(G, { seed }).partition)).toEqual(expected);
  });
});

describe('test_termination', () => {
  it('karate_club_graph and caveman_graph(2, 10) + (0, 20), (20, 10) terminate', () => {
    for (const seed of seeds) expect(labelPropagation(buildGraph('karate'), { seed, weight: null }).converged).toBe(true);
    const edges: [number, number][] = [];
    for (const start of [0, 10]) for (let i = start; i < start + 10; i++) for (let j = i + 1; j < start + 10; j++) edges.push([i, j]);
    edges.push([0, 20], [20, 10]);
    for (const seed of seeds) expect(labelPropagation(fromEdges(edges), { seed }).converged).toBe(true);
  });
});

describe('labelPropagation: zonelink properties', () => {
  it('same seed → same partition; the result is a stable labelling (every node holds a most frequent neighbour label)', () => {
    const g = buildGraph('lesmis');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const a = labelPropagation(g, { seed });
        expect(labelPropagation(g, { seed })).toEqual(a);
        expect(a.converged).toBe(true);
        g.forEachNode((v) => {
          const score = new Map<number, number>();
          g.forEachNeighbor(v, (u) => {
            if (u === v) return;
            const c = a.partition[u];
            score.set(c, (score.get(c) ?? 0) + (g.getEdgeAttribute(g.edge(v, u)!, 'weight') as number));
          });
          if (score.size === 0) return;
          const max = Math.max(...score.values());
          expect(score.get(a.partition[v])).toBe(max);
        });
      }),
      { numRuns: 20 },
    );
  });
  it('isolated nodes keep their own community; labels are dense in order of first node', () => {
    const G = fromEdges([['a', 'b']], { nodes: ['x', 'a', 'b', 'y'] });
    const { partition, communities } = labelPropagation(G, { seed: 3 });
    expect(partition.x).toBe(0);
    expect(partition.a).toBe(partition.b);
    expect(communities).toBe(3);
  });
  it('weights decide: a node joins the side it is tied to more strongly', () => {
    // v's neighbours: triangle {a,b,c} with weight 1 each, pair {d,e} with weight 5 each
    const G = fromEdges([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1], ['d', 'e', 1], ['v', 'a', 1], ['v', 'd', 5], ['v', 'e', 5]]);
    for (const seed of seeds) {
      const { partition } = labelPropagation(G, { seed });
      expect(partition.v).toBe(partition.d);
    }
  });
  it('rejects bad options with ZonelinkError', () => {
    const G = fromEdges([['a', 'b']]);
    expect(zonelinkErrorOf(() => labelPropagation(G, { seed: NaN })).message).toMatch(/^labelPropagation:/);
    expect(zonelinkErrorOf(() => labelPropagation(G, { maxIterations: 0 })).message).toMatch(/^labelPropagation:/);
  });
});
