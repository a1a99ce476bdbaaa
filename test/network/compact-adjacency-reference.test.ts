import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { compactAdjacency } from '../../src/network/compact-adjacency.js';

/**
 * The straightforward construction, written out independently of the library's:
 * edges in graphology's edge order, both ends looked up by key, each edge placed
 * in its rows in that order (an undirected edge in both rows, a self-loop once).
 */
function referenceAdjacency(graph: Graph) {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((v, i) => [v, i]));
  const directed = graph.type === 'directed' || graph.directedSize > 0;
  const outRows: [number, number][][] = nodes.map(() => []);
  const inRows: [number, number][][] = nodes.map(() => []);
  let weighted = false;
  let selfLoops = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const w = attributes.weight === undefined ? 1 : (attributes.weight as number);
    if (attributes.weight !== undefined) weighted = true;
    if (s === t) selfLoops++;
    outRows[s].push([t, w]);
    if (directed) inRows[t].push([s, w]);
    else if (s !== t) outRows[t].push([s, w]);
  });
  const flatten = (rows: [number, number][][]) => ({
    offsets: Int32Array.from([0, ...rows.map((_, i) => rows.slice(0, i + 1).reduce((k, r) => k + r.length, 0))]),
    targets: Int32Array.from(rows.flat().map(([t]) => t)),
    weights: Float64Array.from(rows.flat().map(([, w]) => w)),
  });
  const out = flatten(outRows);
  const incoming = directed ? flatten(inRows) : out;
  return {
    nodes,
    directed,
    weighted,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outWeights: out.weights,
    inOffsets: incoming.offsets,
    inSources: incoming.targets,
    inWeights: incoming.weights,
    edgeCount: graph.size,
    selfLoopCount: selfLoops,
  };
}

/** Random simple graphs whose edges come in random order or grouped by source (the two cases the key cache sees). */
const randomGraph = fc
  .record({
    directed: fc.boolean(),
    weighted: fc.boolean(),
    grouped: fc.boolean(),
    n: fc.integer({ min: 0, max: 15 }),
    ids: fc.constantFrom('codes', 'zones', 'mixed'),
    edges: fc.array(fc.tuple(fc.nat(14), fc.nat(14), fc.double({ min: 0, max: 1e6, noNaN: true })), { maxLength: 60 }),
  })
  .map(({ directed, weighted, grouped, n, ids, edges }) => {
    const g = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: true });
    const id = (i: number) => (ids === 'codes' || (ids === 'mixed' && i % 2 === 0) ? String(110100 + 7 * i) : `etdz-${110100 + i}`);
    for (let i = n - 1; i >= 0; i--) g.addNode(id(i));
    const list = grouped ? [...edges].sort((a, b) => (a[0] % Math.max(n, 1)) - (b[0] % Math.max(n, 1))) : edges;
    if (n > 0) for (const [a, b, w] of list) g.mergeEdge(id(a % n), id(b % n), weighted ? { weight: w } : {});
    return g;
  });

describe('compactAdjacency equals the straightforward construction', () => {
  it('bit for bit: same nodes, offsets, targets, weights and counts, on random graphs', () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const csr = compactAdjacency(g);
        const reference = referenceAdjacency(g);
        const { index, ...rest } = csr;
        expect(rest).toEqual(reference);
        expect([...index]).toEqual(reference.nodes.map((v, i) => [v, i]));
        if (!csr.directed) expect(csr.inSources).toBe(csr.outTargets);
      }),
      { numRuns: 300 },
    );
  });
});
