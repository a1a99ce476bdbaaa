import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { concor, structuralEquivalence } from '../../../src/index.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

/** A directed graph whose nodes of a class are exactly structurally equivalent: i → j iff image[c(i)][c(j)] = 1. */
function planted(image: number[][], sizes: number[]): { graph: Graph; classes: Record<string, number> } {
  const graph = new Graph({ type: 'directed' });
  const classes: Record<string, number> = {};
  const nodes: string[] = [];
  sizes.forEach((size, c) => {
    for (let k = 0; k < size; k++) {
      const id = `c${c}n${k}`;
      nodes.push(id);
      classes[id] = c;
      graph.addNode(id);
    }
  });
  for (const a of nodes) for (const b of nodes) if (a !== b && image[classes[a]][classes[b]] === 1) graph.addEdge(a, b);
  return { graph, classes };
}

/** Same partition up to the block numbers. */
function samePartition(a: Record<string, number>, b: Record<string, number>): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (const id of Object.keys(a)) {
    if ((ab.get(a[id]) ?? b[id]) !== b[id] || (ba.get(b[id]) ?? a[id]) !== a[id]) return false;
    ab.set(a[id], b[id]);
    ba.set(b[id], a[id]);
  }
  return true;
}

describe('concor (Breiger, Boorman & Arabie 1975)', () => {
  it('recovers four planted structural-equivalence classes in two splits', () => {
    // two regions, each a core (0, 2) tied within itself and to its periphery (1, 3), which answers the core only
    const image = [
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 1],
      [0, 0, 1, 0],
    ];
    const { graph, classes } = planted(image, [4, 3, 5, 3]);
    const result = concor(graph, { splits: 2 });
    expect(samePartition(result.partition, classes)).toBe(true);
    expect(result.tree.children).not.toBeNull();
    expect(result.tree.converged).toBe(true);
    expect(new Set(Object.values(result.partition))).toEqual(new Set([0, 1, 2, 3]));
  });
  it('recovers two classes in one split (the doc example)', () => {
    const g = new Graph({ type: 'directed' });
    for (const h of ['h1', 'h2']) for (const l of ['l1', 'l2', 'l3']) g.mergeEdge(h, l);
    expect(concor(g, { splits: 1 }).partition).toEqual({ h1: 0, l1: 1, l2: 1, l3: 1, h2: 0 });
  });
  it('never splits a planted class (identical profiles stay together)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (image, sizes, splits) => {
          const { graph, classes } = planted(image, sizes);
          let result;
          try {
            result = concor(graph, { splits });
          } catch (error) {
            // isolates and all-tied nodes are rejected by design
            fc.pre(!(error instanceof Error && /constant tie profile|at least 3/.test(error.message)));
            throw error;
          }
          const blockOfClass = new Map<number, number>();
          for (const [id, c] of Object.entries(classes)) {
            const b = result.partition[id];
            if ((blockOfClass.get(c) ?? b) !== b) return false;
            blockOfClass.set(c, b);
          }
          return Object.values(result.partition).every((b) => b < 2 ** splits);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });
  it('starts from the sedist correlation matrix', () => {
    const { graph } = planted([[0, 1], [0, 1]], [3, 3]);
    const se = structuralEquivalence(graph, { method: 'correlation' });
    expect(se.values[0][1]).toBe(1);
    expect(concor(graph, { splits: 1 }).tree.children?.map((c) => c.nodes)).toEqual([['c0n0', 'c0n1', 'c0n2'], ['c1n0', 'c1n1', 'c1n2']]);
  });
  it('rejects isolates, tiny graphs and bad options with a ZonelinkError naming concor', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.addNode('z');
    expect(zonelinkErrorOf(() => concor(g)).issues[0]).toMatchObject({ code: 'constant-values', id: 'z' });
    const small = new Graph(); small.mergeEdge('a', 'b');
    expect(zonelinkErrorOf(() => concor(small)).message).toMatch(/concor: .*at least 3/);
    g.dropNode('z');
    expect(zonelinkErrorOf(() => concor(g, { splits: 0 })).message).toMatch(/splits/);
    expect(zonelinkErrorOf(() => concor(g, { tolerance: 2 })).message).toMatch(/tolerance/);
  });
});
