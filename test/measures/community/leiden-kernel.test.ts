import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { leidenKernel, type LevelGraph } from '../../../src/measures/community/leiden-kernel.js';
import { leiden } from '../../../src/measures/community/leiden.js';
import { louvain } from '../../../src/measures/community/louvain.js';
import { modularity } from '../../../src/measures/community/modularity.js';
import { seededRandom } from '../../../src/random/seeded-random.js';

/** A symmetric level graph (no self-loops) from an edge list, every weight multiplied by `scale`. */
function levelGraph(n: number, edges: [number, number, number][], scale: number, directed = false): LevelGraph {
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const a = new Float64Array(n);
  const b = directed ? new Float64Array(n) : a;
  for (const [u, v, w] of edges) {
    if (u === v) continue;
    rows[u].set(v, (rows[u].get(v) ?? 0) + w * scale);
    rows[v].set(u, (rows[v].get(u) ?? 0) + w * scale);
    a[u] += w * scale;
    if (directed) b[v] += w * scale;
    else a[v] += w * scale;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + rows[i].size;
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  let q = 0;
  for (const row of rows) {
    for (const [t, w] of row) {
      targets[q] = t;
      weights[q++] = w;
    }
  }
  let unit = true;
  for (const w of weights) unit &&= w === 1;
  return { n, offsets, targets, weights, a, b, directed, unit };
}

function total(g: LevelGraph): number {
  let sum = 0;
  for (const x of g.a) sum += x;
  return sum;
}

function run(g: LevelGraph, seed: number, refine = true) {
  const t = total(g);
  return leidenKernel(g, {
    scale: 1 / (g.directed ? t : 2 * t),
    theta: 0.01 * (g.weights[0] ?? 1),
    random: seededRandom(seed),
    maxIterations: Number.POSITIVE_INFINITY,
    epsilon: 1e-13 * t,
    refine,
  });
}

const randomEdges = fc.integer({ min: 2, max: 60 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: 1, maxLength: 150 }),
    fc.nat(1000),
    fc.boolean(),
  ),
);

function simpleEdges(edges: [number, number][], directed: boolean): [number, number, number][] {
  const seen = new Set<string>();
  const out: [number, number, number][] = [];
  for (const [u, v] of edges) {
    const key = directed ? `${u}>${v}` : `${Math.min(u, v)}-${Math.max(u, v)}`;
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    out.push([u, v, 1]);
  }
  return out;
}

describe('leidenKernel', () => {
  // Aggregated levels of integer-weighted graphs pack neighbour and weight into
  // one Int32. The same graph with every weight halved (0.5: not an integer,
  // so never packed) has exactly the same gains up to the factor 2 (a power of
  // two, exact), so both must give the same partition, move for move.
  it('property: packed levels (unit weights) give exactly the partition of the unpacked ones (weights × 0.5)', () => {
    fc.assert(
      fc.property(randomEdges, ([n, raw, seed, directed]) => {
        const edges = simpleEdges(raw, directed);
        if (edges.length === 0) return;
        for (const refine of [true, false]) {
          const packed = run(levelGraph(n, edges, 1, directed), seed, refine);
          const plain = run(levelGraph(n, edges, 0.5, directed), seed, refine);
          expect(packed.membership).toEqual(plain.membership);
          expect(packed.iterations).toBe(plain.iterations);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('property: falls back to Float64 weights when an aggregated weight needs more bits than packing leaves (same partition as unpacked)', () => {
    // Integer weights k · 2^28 (k = 1 … 7): a level of r ≥ 2 nodes packs the
    // neighbour in ≥ 1 bit, leaving ≤ 31 bits, so aggregated sums of 2^31 and
    // more cannot be packed. The same graph × 2^-31 (never integer) is the reference.
    fc.assert(
      fc.property(randomEdges, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 150, maxLength: 150 }), ([n, raw, seed], ks) => {
        const edges = simpleEdges(raw, false).map(([u, v], i): [number, number, number] => [u, v, ks[i] * 2 ** 28]);
        if (edges.length === 0) return;
        const big = run(levelGraph(n, edges, 1), seed);
        const small = run(levelGraph(n, edges, 2 ** -31), seed);
        expect(big.membership).toEqual(small.membership);
        expect(big.iterations).toBe(small.iterations);
      }),
      { numRuns: 150 },
    );
  });

  it('the unweighted and the weights-×-0.5 graph give the same BA-like partition at scale (several levels, packed)', () => {
    // preferential attachment, 3000 nodes, m = 3: deep hierarchies with packed levels of a few thousand nodes
    const random = seededRandom(7);
    const edges: [number, number, number][] = [];
    const ends: number[] = [0, 1, 1, 2, 2, 0];
    edges.push([0, 1, 1], [1, 2, 1], [2, 0, 1]);
    for (let v = 3; v < 3000; v++) {
      const chosen = new Set<number>();
      while (chosen.size < 3) chosen.add(ends[Math.floor(random() * ends.length)]);
      for (const u of chosen) {
        edges.push([u, v, 1]);
        ends.push(u, v);
      }
    }
    const packed = run(levelGraph(3000, edges, 1), 3);
    const plain = run(levelGraph(3000, edges, 0.5), 3);
    expect(packed.membership).toEqual(plain.membership);
    expect(packed.iterations).toBe(plain.iterations);
    expect(packed.converged).toBe(true);
  });
});

describe('leiden until stable', () => {
  function graphOf(n: number, edges: [number, number][]): Graph {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < n; i++) g.addNode(String(i));
    for (const [u, v] of simpleEdges(edges, false)) g.addEdge(String(u), String(v));
    return g;
  }

  // An iteration only makes moves of positive gain (above a tolerance of
  // 1e-13 × total weight), and refinement and aggregation keep the quality:
  // running k + 1 iterations continues the k-iteration run (same random stream).
  it('property: modularity never decreases from one iteration to the next', () => {
    fc.assert(
      fc.property(randomEdges, ([n, raw, seed]) => {
        const g = graphOf(n, raw);
        if (g.size === 0) return;
        let previous = -Infinity;
        for (let k = 1; k <= 6; k++) {
          const r = leiden(g, { seed, maxIterations: k });
          expect(r.modularity).toBeGreaterThanOrEqual(previous - 1e-12);
          previous = r.modularity;
          if (r.converged) break;
        }
      }),
      { numRuns: 100 },
    );
  });

  // The stop: an iteration that moves no node. Its partition is then a fixed
  // point of the run (one more iteration changes nothing) and node optimal:
  // no single node gains modularity by moving to another community or alone,
  // checked here by brute force with the modularity function.
  it('property: the until-stable partition is a fixed point and no single move raises its modularity', () => {
    fc.assert(
      fc.property(randomEdges, ([n, raw, seed]) => {
        const g = graphOf(n, raw);
        if (g.size === 0) return;
        const r = leiden(g, { seed });
        expect(r.converged).toBe(true);
        const more = leiden(g, { seed, maxIterations: r.iterations + 1 });
        expect(more.partition).toEqual(r.partition);
        expect(more.iterations).toBe(r.iterations);
        const q = modularity(g, r.partition);
        const fresh = r.communities;
        g.forEachNode((v) => {
          const targets = new Set<number>([fresh]);
          g.forEachNeighbor(v, (u) => targets.add(r.partition[u]));
          for (const c of targets) {
            if (c === r.partition[v]) continue;
            const moved = { ...r.partition, [v]: c };
            expect(modularity(g, moved)).toBeLessThanOrEqual(q + 1e-12);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('louvain (the kernel without refinement) also stops at a node-optimal partition', () => {
    const random = seededRandom(11);
    const edges: [number, number][] = [];
    for (let i = 0; i < 200; i++) edges.push([Math.floor(random() * 60), Math.floor(random() * 60)]);
    const g = graphOf(60, edges);
    const r = louvain(g, { seed: 4 });
    const q = modularity(g, r.partition);
    g.forEachNode((v) => {
      g.forEachNeighbor(v, (u) => {
        expect(modularity(g, { ...r.partition, [v]: r.partition[u] })).toBeLessThanOrEqual(q + 1e-12);
      });
    });
  });
});
