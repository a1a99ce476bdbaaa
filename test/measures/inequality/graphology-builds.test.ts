import { createRequire } from 'node:module';
import EsmGraph from 'graphology';
import { describe, expect, it } from 'vitest';
import { spatialGini } from '../../../src/measures/inequality/network-index.js';
import { indicatorInequality } from '../../../src/measures/indicator-inequality/index.js';
import { pagerank } from '../../../src/measures/centrality/index.js';
import { isZoneNetwork } from '../../../src/network/zone-network.js';

/**
 * graphology ships an ESM and a CommonJS build whose `Graph` classes differ, so
 * `instanceof Graph` rejected graphs from the other build (issue: spatialGini and
 * indicatorInequality refused CommonJS graphs). Every measure accepts both.
 */
const CjsGraph = createRequire(import.meta.url)('graphology') as typeof EsmGraph;

function path(G: typeof EsmGraph): EsmGraph {
  const g = new G({ type: 'undirected' });
  g.mergeEdge('a', 'b');
  g.mergeEdge('b', 'c');
  g.mergeEdge('c', 'd');
  return g;
}

describe('graphs from graphology’s CommonJS build', () => {
  it('are really another class (the premise of the test)', () => {
    expect(path(CjsGraph) instanceof EsmGraph).toBe(false);
  });

  it('spatialGini: the path a–b–c–d with 1..4 gives G = 0.25 from either build (hand: Σ|xi−xj| = 20, 20/(2·16·2.5))', () => {
    const values = { a: 1, b: 2, c: 3, d: 4 };
    for (const G of [EsmGraph, CjsGraph]) {
      const r = spatialGini(values, path(G), { permutations: 9, seed: 1 });
      expect(r.gini).toBeCloseTo(0.25, 15);
    }
  });

  it('indicatorInequality reads a CommonJS graph as it reads an ESM one', () => {
    const build = (G: typeof EsmGraph) => {
      const g = new G({ type: 'mixed', multi: true });
      // Gini of 1, 2, 3, 4 = Σ|xi − xj| / (2 n² x̄) = 20 / (2 · 16 · 2.5) = 0.25
      ['a', 'b', 'c', 'd'].forEach((id, i) => g.addNode(id, { kind: 'city', province: 'guangdong', region: 'east', indicators: { '2020': { gdp: i + 1 } } }));
      return g;
    };
    const esm = indicatorInequality(build(EsmGraph), 'gdp', { indicatorYear: 2020 });
    const cjs = indicatorInequality(build(CjsGraph), 'gdp', { indicatorYear: 2020 });
    expect(cjs.gini).toBeCloseTo(0.25, 15);
    expect(cjs).toEqual(esm);
    expect(isZoneNetwork(build(CjsGraph))).toBe(true);
  });

  it('pagerank of a CommonJS path graph equals that of an ESM one', () => {
    expect(pagerank(path(CjsGraph))).toEqual(pagerank(path(EsmGraph)));
  });
});
