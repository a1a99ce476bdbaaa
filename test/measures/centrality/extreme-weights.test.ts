import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { eigenvector, hits, katz } from '../../../src/measures/centrality/index.js';
import { coefficientOfVariation, gini } from '../../../src/measures/inequality/index.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

/** A 4-cycle a–b–c–d–a with the given weights on ab, bc, cd, da. */
function cycle(weights: number[]): Graph {
  const g = new Graph({ type: 'undirected' });
  [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']].forEach(([s, t], i) => g.mergeEdge(s, t, { weight: weights[i] }));
  return g;
}

describe('extreme weight magnitudes', () => {
  it('eigenvector of [1e308, 1, 1, 1]: the a–b edge dominates, a = b = 1/√2 (hand: eigenvector of [[0,1],[1,0]]), not all zero', () => {
    const { values, converged } = eigenvector(cycle([1e308, 1, 1, 1]), { tolerance: 1e-12 });
    expect(converged).toBe(true);
    expect(values.a).toBeCloseTo(Math.SQRT1_2, 12);
    expect(values.b).toBeCloseTo(Math.SQRT1_2, 12);
    expect(values.c).toBeCloseTo(0, 9);
  });

  it('eigenvector is unchanged when every weight is multiplied by 1e-20 (it was uniform and "converged")', () => {
    const plain = eigenvector(cycle([3, 1, 1, 1]), { tolerance: 1e-13 }).values;
    const tiny = eigenvector(cycle([3e-20, 1e-20, 1e-20, 1e-20]), { tolerance: 1e-13 }).values;
    for (const k of Object.keys(plain)) expect(tiny[k]).toBeCloseTo(plain[k], 10);
    expect(plain.a).toBeGreaterThan(plain.c);
  });

  it('HITS of [1e308, 1, 1, 1]: hubs a = b = 1/2 (normalised to sum 1), not all zero', () => {
    const { hubs, authorities, converged } = hits(cycle([1e308, 1, 1, 1]));
    expect(converged).toBe(true);
    expect(hubs.a).toBeCloseTo(0.5, 12);
    expect(authorities.b).toBeCloseTo(0.5, 12);
  });

  it('Katz with weights 1e308 diverges: a ZonelinkError with code diverged, not NaN', () => {
    const error = zonelinkErrorOf(() => katz(cycle([1e308, 1, 1, 1]), { alpha: 0.1 }));
    expect(error.issues[0].code).toBe('diverged');
    expect(error.message).toMatch(/^katz: /);
  });

  it('inequality indices keep scale invariance at extreme magnitudes', () => {
    // Gini of (1, 2) = Σ|xi − xj| / (2 n² μ) = 2 / (2 · 4 · 1.5) = 1/6
    expect(gini([5e-324, 1e-323])).toBeCloseTo(1 / 6, 12);
    // CV of (1, 2)·1e307: σ = 0.5e307, μ = 1.5e307 → 1/3 (the squares overflowed to Infinity)
    expect(coefficientOfVariation([1e307, 2e307])).toBeCloseTo(1 / 3, 14);
  });
});
