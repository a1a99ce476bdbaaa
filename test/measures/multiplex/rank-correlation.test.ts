import { describe, it, expect } from 'vitest';
import { spearmanCorrelation, kendallTau } from '../../../src/measures/multiplex/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import reference from '../../fixtures/multiplex/reference.json';

describe('spearmanCorrelation and kendallTau', () => {
  it('match scipy.stats (with ties)', () => {
    for (const r of reference.rank) {
      expect(spearmanCorrelation(r.x, r.y)).toBeCloseTo(r.spearman, 12);
      expect(kendallTau(r.x, r.y)).toBeCloseTo(r.kendall, 12);
    }
  });

  it('hand values, constants and bad input', () => {
    // d = (0, 1, 1, 0): ρ = 1 − 6·2/(4·15) = 0.8; τ: 5 concordant, 1 discordant → 4/6
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(kendallTau([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
    expect(Number.isNaN(spearmanCorrelation([1, 1, 1], [1, 2, 3]))).toBe(true);
    expect(Number.isNaN(kendallTau([1], [2]))).toBe(true);
    expect(() => spearmanCorrelation([1, NaN], [1, 2])).toThrow(ZonelinkError);
    expect(() => kendallTau([1, 2], [1])).toThrow(/^kendallTau/);
  });
});
