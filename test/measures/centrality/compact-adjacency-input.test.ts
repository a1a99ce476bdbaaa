import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import {
  betweenness,
  closeness,
  degree,
  eigenvector,
  freemanCentralization,
  harmonic,
  pagerank,
  strength,
} from '../../../src/measures/centrality/index.js';
import { buildGraph, networkx } from './fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

describe('a prebuilt compact adjacency in place of the graph', () => {
  const graph = buildGraph('lesmis');
  const csr = compactAdjacency(graph);

  it('gives the same results as the graph it was built from', () => {
    expect(pagerank(csr)).toEqual(pagerank(graph));
    expect(betweenness(csr)).toEqual(betweenness(graph));
    expect(betweenness(csr, { distance: 'inverse' })).toEqual(betweenness(graph, { distance: 'inverse' }));
    expect(closeness(csr)).toEqual(closeness(graph));
    expect(harmonic(csr)).toEqual(harmonic(graph));
    expect(eigenvector(csr)).toEqual(eigenvector(graph));
    expect(degree(csr)).toEqual(degree(graph));
    expect(strength(csr)).toEqual(strength(graph));
    expect(freemanCentralization(csr, 'betweenness')).toBe(freemanCentralization(graph, 'betweenness'));
  });

  it('still matches NetworkX (weighted PageRank of Les Misérables)', () => {
    const expected = networkx.lesmis.pagerank_weight as Record<string, number>;
    expect(Object.keys(expected)).toHaveLength(graph.order);
    const { values } = pagerank(csr, { tolerance: 1e-13 });
    for (const [node, value] of Object.entries(expected)) expect(values[node]).toBeCloseTo(value, 8);
  });

  it('reads its weights unless the measure is told weight: null', () => {
    expect(betweenness(csr, { weight: null })).toEqual(betweenness(graph, { weight: null }));
    expect(betweenness(csr, { weight: null })).not.toEqual(betweenness(csr));
  });

  it('reports zero distances by their ends, since it has no edge keys', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { weight: 0 });
    g.mergeEdge('b', 'c', { weight: 1 });
    const error = zonelinkErrorOf(() => betweenness(compactAdjacency(g)));
    expect(error.issues).toEqual([expect.objectContaining({ code: 'zero-distance', message: 'betweenness: edge a → b has distance 0; distances must be > 0' })]);
  });
});
