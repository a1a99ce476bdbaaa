/**
 * louvain, leiden and labelPropagation take a graphology graph or a compact
 * adjacency built once with compactAdjacency(): for the same seed both inputs
 * must give the same result (the graph is only converted, never re-ordered).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { louvain } from '../../../src/measures/community/louvain.js';
import { leiden } from '../../../src/measures/community/leiden.js';
import { labelPropagation } from '../../../src/measures/community/label-propagation.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { graphFromFixture, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/community/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
};
const names = ['karate', 'lesmis', 'weighted', 'directed', 'planted'];

describe('community measures on a prebuilt compact adjacency', () => {
  it('louvain: same partition for the graph and its compact adjacency, weighted and weight: null', () => {
    for (const name of names) {
      const graph = graphFromFixture(reference.graphs[name]);
      const csr = compactAdjacency(graph);
      for (const seed of [0, 1, 2]) {
        expect(louvain(csr, { seed })).toEqual(louvain(graph, { seed }));
        expect(louvain(csr, { seed, resolution: 0.5 })).toEqual(louvain(graph, { seed, resolution: 0.5 }));
      }
      expect(louvain(csr, { seed: 3, weight: null })).toEqual(louvain(graph, { seed: 3, weight: null }));
    }
  });

  it('leiden (CPM objective): same partition for both inputs', () => {
    for (const name of ['karate', 'lesmis', 'planted']) {
      const graph = graphFromFixture(reference.graphs[name]);
      const csr = compactAdjacency(graph);
      for (const seed of [0, 5]) {
        expect(leiden(csr, { seed, objective: 'cpm', resolution: 0.05 })).toEqual(leiden(graph, { seed, objective: 'cpm', resolution: 0.05 }));
      }
    }
  });

  it('labelPropagation: same partition for both inputs', () => {
    for (const name of names) {
      const graph = graphFromFixture(reference.graphs[name]);
      const csr = compactAdjacency(graph);
      for (const seed of [0, 1, 2]) expect(labelPropagation(csr, { seed })).toEqual(labelPropagation(graph, { seed }));
      expect(labelPropagation(csr, { seed: 3, weight: null })).toEqual(labelPropagation(graph, { seed: 3, weight: null }));
    }
  });
});
