import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import {
  betweenness,
  closeness,
  degree,
  eigenvector,
  freemanCentralization,
  harmonic,
  hits,
  katz,
  pagerank,
  strength,
} from '../../../src/measures/centrality/index.js';
import { graphSpecs } from './fixture-graphs.js';

/** Every node-keyed measure, as a function of the graph. */
const measures: Record<string, (g: Graph) => Record<string, number>> = {
  degree: (g) => degree(g),
  strength: (g) => strength(g),
  betweenness: (g) => betweenness(g),
  betweennessInverse: (g) => betweenness(g, { distance: 'inverse' }),
  closeness: (g) => closeness(g),
  harmonic: (g) => harmonic(g, { distance: 'inverse' }),
  pagerank: (g) => pagerank(g, { tolerance: 1e-14 }).values,
  eigenvector: (g) => eigenvector(g, { tolerance: 1e-14 }).values,
  katz: (g) => katz(g, { alpha: 0.02, tolerance: 1e-14 }).values,
  hubs: (g) => hits(g, { tolerance: 1e-14 }).hubs,
};

describe('permutation invariance of node labels', () => {
  for (const name of ['karate', 'digraph']) {
    it(`${name}: renaming and reordering the nodes permutes every result the same way`, () => {
      const spec = graphSpecs[name];
      const build = (order: string[], rename: (v: string) => string) => {
        const g = new Graph({ type: spec.directed ? 'directed' : 'undirected' });
        for (const v of order) g.addNode(rename(v));
        for (const [s, t, w] of spec.edges) g.addEdge(rename(s), rename(t), { weight: w });
        return g;
      };
      const original = build(spec.nodes, (v) => v);
      const reference = Object.fromEntries(Object.entries(measures).map(([k, f]) => [k, f(original)]));
      const centralizations = (['degree', 'betweenness', 'closeness'] as const).map((m) => freemanCentralization(original, m));
      fc.assert(
        fc.property(fc.shuffledSubarray(spec.nodes, { minLength: spec.nodes.length, maxLength: spec.nodes.length }), (order) => {
          const label = new Map(order.map((v, i) => [v, `node-${i}`]));
          const g = build(order, (v) => label.get(v)!);
          for (const [k, f] of Object.entries(measures)) {
            const result = f(g);
            for (const v of spec.nodes) {
              // iterative measures: tolerance 1e-14 on the L1 change, compared at 1e-9
              expect(Math.abs(result[label.get(v)!] - reference[k][v]), `${k} ${v}`).toBeLessThan(1e-9);
            }
          }
          (['degree', 'betweenness', 'closeness'] as const).forEach((m, i) =>
            expect(freemanCentralization(g, m)).toBeCloseTo(centralizations[i], 12),
          );
        }),
        { numRuns: 15 },
      );
    });
  }
});
