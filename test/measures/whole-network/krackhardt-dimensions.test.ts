import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { krackhardtDimensions } from '../../../src/measures/whole-network/index.js';
import { compactAdjacency } from '../../../src/network/compact-adjacency.js';
import { buildGraph, graphOf, names, sna } from '../../fixtures/whole-network/fixture-graphs.js';
import { expectProgressContract } from '../progress-contract.js';

const close = (actual: number, expected: number, label: string) => {
  if (Number.isNaN(expected)) expect(actual, label).toBeNaN();
  else expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThan(1e-13);
};

describe('krackhardtDimensions against R sna 2.7.1 connectedness, hierarchy(measure = "krackhardt"), efficiency, lubness', () => {
  for (const name of names(sna)) {
    it(name, () => {
      const k = krackhardtDimensions(buildGraph(name));
      for (const key of ['connectedness', 'hierarchy', 'efficiency', 'lubness'] as const) close(k[key], sna[name][key], key);
    });
  }
});

/**
 * A direct transcription of sna's lubness (R `lubness` with its C kernel
 * `lubness_con_R`: for each pair of a weak component, the upper bounds are the
 * nodes reaching both, and a least upper bound one reaching every upper bound),
 * as an independent check of zonelink's source-component shortcut.
 */
function snaLubness(n: number, arcs: [number, number][]): number {
  const reach: boolean[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
  for (const [u, v] of arcs) reach[u][v] = true;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (reach[i][k] && reach[k][j]) reach[i][j] = true;
  const weak = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (weak[x] === x ? x : (weak[x] = find(weak[x])));
  for (const [u, v] of arcs) weak[find(u)] = find(v);
  let violations = 0;
  let maximum = 0;
  for (const root of new Set(Array.from({ length: n }, (_, i) => find(i)))) {
    const vi = Array.from({ length: n }, (_, i) => i).filter((i) => find(i) === root);
    if (vi.length <= 2) continue;
    maximum += ((vi.length - 1) * (vi.length - 2)) / 2;
    for (let a = 0; a < vi.length; a++) {
      for (let b = a + 1; b < vi.length; b++) {
        const ub = vi.filter((k) => reach[k][vi[a]] && reach[k][vi[b]]);
        if (!ub.some((k) => ub.every((l) => reach[k][l]))) violations++;
      }
    }
  }
  return 1 - violations / maximum;
}

describe('lubness: the source-component shortcut agrees with sna\'s pair-by-pair definition', () => {
  it('on random digraphs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 25 }), (n, raw) => {
        const arcs = raw.filter(([u, v]) => u < n && v < n && u !== v);
        const g = new Graph({ type: 'directed' });
        for (let i = 0; i < n; i++) g.addNode(String(i));
        for (const [u, v] of arcs) g.mergeEdge(String(u), String(v));
        const expected = snaLubness(n, arcs);
        const actual = krackhardtDimensions(g).lubness;
        if (Number.isNaN(expected)) expect(actual).toBeNaN();
        else expect(actual).toBeCloseTo(expected, 14);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hand calculations (Krackhardt 1994)', () => {
  it('an out-tree is a perfect hierarchy: every dimension 1', () => {
    expect(krackhardtDimensions(graphOf(true, [['r', 'a'], ['r', 'b'], ['a', 'c']]))).toEqual({ connectedness: 1, hierarchy: 1, efficiency: 1, lubness: 1 });
  });
  it('an in-star of 4 leaves: no two leaves share a boss, lubness 1 − 6/6 = 0', () => {
    const k = krackhardtDimensions(graphOf(true, [['a', 'h'], ['b', 'h'], ['c', 'h'], ['d', 'h']]));
    expect(k.lubness).toBe(0);
    expect(k.hierarchy).toBe(1);
  });
  it('a directed 6-cycle: hierarchy 0; efficiency 1 − (6 − 5)/25', () => {
    const k = krackhardtDimensions(graphOf(true, Array.from({ length: 6 }, (_, i) => [i, (i + 1) % 6] as [number, number])));
    expect(k.hierarchy).toBe(0);
    expect(k.efficiency).toBeCloseTo(1 - 1 / 25, 15);
    expect(k.lubness).toBe(1);
  });
  it('undirected input is a symmetric digraph: hierarchy 0, lubness 1; a path a–b–c has efficiency 1 − (4 − 2)/4', () => {
    const k = krackhardtDimensions(graphOf(false, [['a', 'b'], ['b', 'c']]));
    expect(k).toEqual({ connectedness: 1, hierarchy: 0, efficiency: 0.5, lubness: 1 });
  });
  it('two components {a, b}, {c}: connectedness 1/3', () => {
    expect(krackhardtDimensions(graphOf(true, [['a', 'b']], ['c'])).connectedness).toBeCloseTo(1 / 3, 15);
  });
  it('edge cases: empty graph NaN; one node connectedness 1 (sna); no edges NaN hierarchy, efficiency and lubness', () => {
    const empty = krackhardtDimensions(new Graph({ type: 'directed' }));
    expect(Object.values(empty).every(Number.isNaN)).toBe(true);
    const one = new Graph({ type: 'directed' });
    one.addNode('a');
    const k1 = krackhardtDimensions(one);
    expect(k1.connectedness).toBe(1);
    expect(k1.hierarchy).toBeNaN();
    const three = krackhardtDimensions(graphOf(true, [], ['a', 'b', 'c']));
    expect(three.connectedness).toBe(0);
    expect(three.hierarchy).toBeNaN();
    expect(three.efficiency).toBeNaN();
    expect(three.lubness).toBeNaN();
  });
  it('self-loops and weights are ignored; a compact adjacency gives the same result', () => {
    const a = graphOf(true, [['r', 'r', 3], ['r', 'a', 2], ['r', 'b', 5], ['a', 'c', 1]]);
    expect(krackhardtDimensions(a)).toEqual({ connectedness: 1, hierarchy: 1, efficiency: 1, lubness: 1 });
    expect(krackhardtDimensions(compactAdjacency(a))).toEqual(krackhardtDimensions(a));
  });
});

describe('krackhardtDimensions: options and progress', () => {
  it('counts one breadth-first search per node and per source strong component, and cancels', () => {
    // digraph a → b, a → c, d → c: sources {a} and {d}; 4 + 2 searches
    const g = graphOf(true, [['a', 'b'], ['a', 'c'], ['d', 'c']]);
    const events = expectProgressContract('krackhardtDimensions', (p) => krackhardtDimensions(g, p));
    expect(events.at(-1)).toEqual({ task: 'krackhardtDimensions', done: 6, total: 6, unit: 'searches' });
    expectProgressContract('krackhardtDimensions', (p) => krackhardtDimensions(buildGraph('digraph'), p));
  });
  it('unknown options are errors naming the function', () => {
    expect(() => krackhardtDimensions(buildGraph('digraph'), { measure: 'lubness' } as never)).toThrow(/^krackhardtDimensions: unknown option measure/);
  });
});
