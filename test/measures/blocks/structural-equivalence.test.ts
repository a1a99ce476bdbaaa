import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { structuralEquivalence } from '../../../src/index.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

// R sna::sedist reference (test/fixtures/dyadic/generate.R).
const ref = JSON.parse(readFileSync(new URL('../../fixtures/dyadic/sna-reference.json', import.meta.url), 'utf8'));

function graphOf(matrix: number[][], directed: boolean): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected' });
  const nodes: string[] = ref.nodes;
  nodes.forEach((id) => g.addNode(id));
  matrix.forEach((row, i) => row.forEach((v, j) => {
    if (v !== 0 && i !== j && (directed || i < j)) g.addEdge(nodes[i], nodes[j], { weight: v });
  }));
  return g;
}

describe('structuralEquivalence against sna::sedist', () => {
  for (const [name, directed] of [['D', true], ['S', false], ['W', true]] as const) {
    for (const method of ['hamming', 'correlation', 'euclidean'] as const) {
      it(`${name} (${directed ? 'directed' : 'undirected'}${name === 'W' ? ', valued' : ''}), ${method}`, () => {
        const ours = structuralEquivalence(graphOf(ref[name], directed), { method });
        expect(ours.nodes).toEqual(ref.nodes);
        const theirs: number[][] = ref.sedist[name][method];
        ours.values.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(theirs[i][j], 12)));
      });
    }
  }
  it('is 0 between an isolate and anyone under correlation (sedist convention) and rejects a bad method', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.addNode('z');
    const r = structuralEquivalence(g, { method: 'correlation' });
    expect(r.values[3]).toEqual([0, 0, 0, 0]);
    expect(zonelinkErrorOf(() => structuralEquivalence(g, { method: 'jaccard' as never })).message).toMatch(/structuralEquivalence/);
  });
});
