import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { nmi, adjustedRandIndex } from '../../../src/measures/community/partition-comparison.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';

const igraph = JSON.parse(readFileSync(new URL('../../fixtures/community/reference-igraph.json', import.meta.url), 'utf8')) as {
  comparisons: { a: number[]; b: number[]; nmiIgraph: number; nmiByHand: number; ariIgraph: number | null }[];
};

const asPartition = (labels: (number | string)[]) => Object.fromEntries(labels.map((c, i) => [`n${i}`, c]));

describe('nmi and adjustedRandIndex', () => {
  it('match igraph compare_communities (nmi, ari) and a math-only NMI on random label pairs', () => {
    expect(igraph.comparisons).toHaveLength(12);
    for (const c of igraph.comparisons) {
      const a = asPartition(c.a);
      const b = asPartition(c.b);
      expect(nmi(a, b)).toBeCloseTo(c.nmiIgraph, 10);
      expect(nmi(a, b)).toBeCloseTo(c.nmiByHand, 10);
      // igraph gives NaN for two one-cluster partitions; zonelink follows scikit-learn: 1
      expect(adjustedRandIndex(a, b)).toBeCloseTo(c.ariIgraph ?? 1, 10);
    }
  });

  it('hand calculation: a = [0,0,1,1], b = [0,0,1,2]', () => {
    const a = asPartition([0, 0, 1, 1]);
    const b = asPartition([0, 0, 1, 2]);
    // Σ C(n_ij,2) = 1, Σ C(a_i,2) = 2, Σ C(b_j,2) = 1, C(4,2) = 6: (1 − 2/6)/(3/2 − 2/6) = 4/7
    expect(adjustedRandIndex(a, b)).toBeCloseTo(4 / 7, 12);
    // H(a) = ln 2, H(b) = 1.5 ln 2, I = ln 2 (b refines a): NMI = ln 2 / (1.25 ln 2) = 0.8
    expect(nmi(a, b)).toBeCloseTo(0.8, 12);
  });

  it('edge cases: identical up to relabelling → 1; one cluster vs a finer partition → NMI 0; single node → 1', () => {
    expect(nmi(asPartition([0, 0, 1]), asPartition(['x', 'x', 'y']))).toBe(1);
    expect(adjustedRandIndex(asPartition([0, 0, 1]), asPartition(['x', 'x', 'y']))).toBe(1);
    expect(nmi(asPartition([0, 0, 0]), asPartition([0, 1, 2]))).toBe(0);
    expect(adjustedRandIndex(asPartition([0, 0, 0]), asPartition([0, 1, 2]))).toBe(0);
    expect(nmi(asPartition([0, 0]), asPartition([5, 5]))).toBe(1);
    expect(adjustedRandIndex(asPartition([0, 1, 2]), asPartition([2, 1, 0]))).toBe(1);
    expect(nmi({ a: 1 }, { a: 'q' })).toBe(1);
    expect(adjustedRandIndex({ a: 1 }, { a: 'q' })).toBe(1);
    // 1 and '1' are different labels
    expect(nmi({ a: 1, b: '1' }, { a: 0, b: 0 })).toBe(0);
  });

  it('rejects mismatched, empty and invalid partitions, listing every problem', () => {
    try {
      nmi({ a: 0, b: 0, c: Number.NaN }, { a: 0, d: 1, c: 2 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^nmi:/);
      expect((e as ZonelinkError).issues.map((i) => [i.code, i.id])).toEqual([
        ['invalid-label', 'c'],
        ['missing-label', 'b'],
        ['missing-label', 'd'],
      ]);
    }
    expect(() => adjustedRandIndex({}, {})).toThrow(/^adjustedRandIndex: the partitions are empty/);
  });

  it('properties: symmetric, NMI ∈ [0, 1], ARI ≤ 1, invariant to relabelling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) =>
          fc.tuple(fc.array(fc.nat(5), { minLength: n, maxLength: n }), fc.array(fc.nat(5), { minLength: n, maxLength: n })),
        ),
        ([x, y]) => {
          const a = asPartition(x);
          const b = asPartition(y);
          const relabelled = asPartition(x.map((c) => `g${(c * 3 + 1) % 7}`));
          const v = nmi(a, b);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          expect(nmi(b, a)).toBeCloseTo(v, 12);
          expect(nmi(relabelled, b)).toBeCloseTo(v, 12);
          const r = adjustedRandIndex(a, b);
          expect(r).toBeLessThanOrEqual(1 + 1e-12);
          expect(adjustedRandIndex(b, a)).toBeCloseTo(r, 12);
          expect(adjustedRandIndex(relabelled, b)).toBeCloseTo(r, 12);
          expect(nmi(a, a)).toBe(1);
          expect(adjustedRandIndex(a, a)).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 300 },
    );
  });
});
