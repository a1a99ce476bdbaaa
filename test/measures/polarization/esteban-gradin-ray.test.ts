import { describe, it, expect } from 'vitest';
import { estebanGradinRay } from '../../../src/measures/polarization/esteban-gradin-ray.js';
import { estebanRay } from '../../../src/measures/polarization/esteban-ray.js';
import { gini } from '../../../src/measures/inequality/gini.js';
import ref from '../../fixtures/inequality/reference.json';

const s = ref.sample;

describe('estebanGradinRay', () => {
  it('matches base R (reference.R)', () => {
    expect(estebanGradinRay(s.x, s.region).polarization).toBeCloseTo(s.egr15, 12);
    expect(estebanGradinRay(s.x, s.region, { alpha: 1, beta: 0.5, weights: s.w }).polarization).toBeCloseTo(s.egr1Beta05Weighted, 12);
  });

  it('hand calculation: [1, 3 | 5, 7], α = 1, β = 1', () => {
    // μ = 4; groups means 2 and 6, π = ½: ER = (1/4)·2·(¼·½·4) = 0.25
    // G(full) = ΣΣ|x_i − x_j|/(2n²μ) = 2·(2+4+6+2+4+2)/(2·16·4) = 40/128 = 0.3125
    // G(means) = 2·¼·4/(2·4) = 0.25 → grouping error 0.0625 → EGR = 0.1875
    const r = estebanGradinRay([1, 3, 5, 7], ['a', 'a', 'b', 'b'], { alpha: 1 });
    expect(r.estebanRay).toBeCloseTo(0.25, 14);
    expect(r.giniTotal).toBeCloseTo(0.3125, 14);
    expect(r.giniBetween).toBeCloseTo(0.25, 14);
    expect(r.groupingError).toBeCloseTo(0.0625, 14);
    expect(r.polarization).toBeCloseTo(0.1875, 14);
  });

  it('consistency with estebanRay and gini; β = 0 gives ER', () => {
    const r = estebanGradinRay(s.x, s.region, { beta: 0 });
    expect(r.polarization).toBeCloseTo(estebanRay(s.x, s.region), 12);
    expect(r.giniTotal).toBeCloseTo(gini(s.x), 12);
    expect(r.groupingError).toBeGreaterThanOrEqual(0);
  });

  it('edge cases', () => {
    expect(estebanGradinRay([3], ['a']).polarization).toBe(0);
    expect(estebanGradinRay([3, 3, 3], ['a', 'b', 'b']).polarization).toBe(0);
    expect(estebanGradinRay([0, 0], ['a', 'b']).polarization).toBeNaN();
    expect(() => estebanGradinRay([1, 2], ['a', 'b'], { beta: -1 })).toThrow(/^estebanGradinRay: option beta/);
    expect(() => estebanGradinRay([], [])).toThrow(/^estebanGradinRay: values is empty/);
  });
});
