import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compactAdjacency } from '../../src/network/compact-adjacency.js';
import {
  betweenness,
  closeness,
  eigenvector,
  harmonic,
  hits,
  katz,
  pagerank,
  strength,
} from '../../src/measures/centrality/index.js';
import { leiden, modularity } from '../../src/measures/community/index.js';

/**
 * One rule for `weight: null`, whatever the input kind: a graph, or a weighted
 * compact adjacency built once, are both read with every weight 1.
 */
function triangle(directed = false): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected' });
  g.mergeEdge('a', 'b', { weight: 5 });
  g.mergeEdge('a', 'c', { weight: 1 });
  g.mergeEdge('b', 'c', { weight: 1 });
  if (directed) g.mergeEdge('c', 'a', { weight: 7 });
  return g;
}

describe('weight: null on a prebuilt weighted compact adjacency', () => {
  const graph = triangle();
  const csr = compactAdjacency(graph);

  it('strength is the degree, {2,2,2} (hand count: a triangle), not the weighted {6,6,2}', () => {
    expect(strength(csr)).toEqual({ a: 6, b: 6, c: 2 });
    expect(strength(csr, { weight: null })).toEqual({ a: 2, b: 2, c: 2 });
    expect(strength(graph, { weight: null })).toEqual({ a: 2, b: 2, c: 2 });
  });

  it('pagerank of an unweighted triangle is uniform, 1/3 each (symmetry)', () => {
    const { values } = pagerank(csr, { weight: null, tolerance: 1e-14 });
    for (const v of Object.values(values)) expect(v).toBeCloseTo(1 / 3, 12);
  });

  // Every measure taking a GraphInput and a weight option: the prebuilt adjacency
  // with weight: null equals the graph with weight: null, for both directions.
  const measures: [string, (g: any) => unknown][] = [
    ['strength', (g) => strength(g, { weight: null })],
    ['pagerank', (g) => pagerank(g, { weight: null })],
    ['eigenvector', (g) => eigenvector(g, { weight: null })],
    ['hits', (g) => hits(g, { weight: null })],
    ['katz', (g) => katz(g, { weight: null, alpha: 0.1 })],
    ['betweenness', (g) => betweenness(g, { weight: null })],
    ['closeness', (g) => closeness(g, { weight: null })],
    ['harmonic', (g) => harmonic(g, { weight: null })],
    ['leiden', (g) => leiden(g, { weight: null, seed: 1 })],
    ['modularity', (g) => modularity(g, { a: 0, b: 0, c: 1 }, { weight: null })],
  ];
  for (const directed of [false, true]) {
    for (const [name, run] of measures) {
      it(`${name} (${directed ? 'directed' : 'undirected'}) reads no weight from either input kind`, () => {
        const g = triangle(directed);
        let fromGraph: unknown;
        try {
          fromGraph = run(g);
        } catch (error) {
          // a measure that rejects this graph kind must reject the adjacency the same way
          expect(() => run(compactAdjacency(g))).toThrow((error as Error).message);
          return;
        }
        expect(run(compactAdjacency(g))).toEqual(fromGraph);
      });
    }
  }
});
