import { describe, it, expect } from 'vitest';
import { validateValues } from '../../../src/measures/inequality/validate-values.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import * as inequality from '../../../src/measures/inequality/index.js';
import * as polarization from '../../../src/measures/polarization/index.js';

describe('validateValues (the one input policy, methods.md §1)', () => {
  it('classifies the degenerate cases in order: single, zero-sum, all-equal', () => {
    expect(validateValues('f', [0]).trivial).toBe('single');
    expect(validateValues('f', [0, 0]).trivial).toBe('zero-sum');
    expect(validateValues('f', [-1, 1], { negatives: 'allow' }).trivial).toBe('zero-sum');
    expect(validateValues('f', [2, 2]).trivial).toBe('all-equal');
    expect(validateValues('f', [1, 2]).trivial).toBeNull();
    expect(validateValues('f', [5, 0], { weights: [0, 1] }).trivial).toBe('zero-sum');
  });

  it('returns copies, the weighted mean and the total weight', () => {
    const x = [1, 3];
    const v = validateValues('f', x, { weights: [1, 3] });
    expect(v.mean).toBe(2.5);
    expect(v.totalWeight).toBe(4);
    v.x[0] = 99;
    expect(x[0]).toBe(1);
  });

  it('reports every problem in one ZonelinkError naming the function and the positions', () => {
    try {
      validateValues('someIndex', [1, NaN, -2, Infinity, 'x' as never, -Infinity], { weights: [1, 1, -1, NaN, 1, 1] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      const err = e as ZonelinkError;
      expect(err.code).toBe('invalid-argument');
      expect(err.message).toMatch(/^someIndex: /);
      expect(err.issues.map((i) => [i.field, i.index, i.code])).toEqual([
        ['values', 1, 'non-finite-value'],
        ['values', 2, 'negative-value'],
        ['values', 3, 'non-finite-value'],
        ['values', 4, 'non-finite-value'],
        ['values', 5, 'non-finite-value'],
        ['weights', 2, 'negative-weight'],
        ['weights', 3, 'non-finite-weight'],
      ]);
      for (const i of err.issues) expect(i.message).toMatch(/^someIndex: /);
    }
    expect(() => validateValues('f', [])).toThrow(/^f: values is empty/);
    expect(() => validateValues('f', null as never)).toThrow(/^f: values must be an array/);
    expect(() => validateValues('f', [1], { weights: [0] })).toThrow(/all weights are zero/);
    expect(validateValues('f', [-1, 2], { negatives: 'allow' }).x[0]).toBe(-1);
  });
});

/** Every public index on plain values, through the same validation. */
const g2 = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'a' : 'b'));
type Case = { name: string; call: (x: number[]) => number; negatives: 'error' | 'allow'; single: number; allEqual: number };
const cases: Case[] = [
  { name: 'gini', call: (x) => inequality.gini(x), negatives: 'allow', single: 0, allEqual: 0 },
  { name: 'gini', call: (x) => inequality.gini(x, { correction: 'n/(n-1)' }), negatives: 'allow', single: NaN, allEqual: 0 },
  { name: 'generalizedEntropy', call: (x) => inequality.generalizedEntropy(x, 2), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'theilT', call: (x) => inequality.theilT(x), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'theilL', call: (x) => inequality.theilL(x), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'atkinson', call: (x) => inequality.atkinson(x, 0.5), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'coefficientOfVariation', call: (x) => inequality.coefficientOfVariation(x), negatives: 'allow', single: 0, allEqual: 0 },
  { name: 'williamson', call: (x) => inequality.williamson(x, x.map(() => 1)), negatives: 'allow', single: 0, allEqual: 0 },
  { name: 'theilDecomposition', call: (x) => inequality.theilDecomposition(x, g2(x.length)).total, negatives: 'error', single: 0, allEqual: 0 },
  { name: 'dagumGini', call: (x) => inequality.dagumGini(x, g2(x.length)).gini, negatives: 'error', single: 0, allEqual: 0 },
  { name: 'hhi', call: (x) => inequality.hhi(x), negatives: 'error', single: 1, allEqual: 1 / 3 },
  { name: 'rosenbluth', call: (x) => inequality.rosenbluth(x), negatives: 'error', single: 1, allEqual: 1 / 3 },
  { name: 'concentrationRatio', call: (x) => inequality.concentrationRatio(x, 1), negatives: 'error', single: 1, allEqual: 1 / 3 },
  { name: 'estebanRay', call: (x) => polarization.estebanRay(x, g2(x.length)), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'estebanGradinRay', call: (x) => polarization.estebanGradinRay(x, g2(x.length)).polarization, negatives: 'error', single: 0, allEqual: 0 },
  { name: 'duclosEstebanRay', call: (x) => polarization.duclosEstebanRay(x).polarization, negatives: 'error', single: 0, allEqual: 0 },
  { name: 'wolfson', call: (x) => polarization.wolfson(x), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'wangTsui', call: (x) => polarization.wangTsui(x), negatives: 'error', single: 0, allEqual: 0 },
  { name: 'zhangKanbur', call: (x) => polarization.zhangKanbur(x, g2(x.length)), negatives: 'error', single: NaN, allEqual: 0 },
];

describe('the input policy is applied identically by every index', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(() => c.call([])).toThrow(new RegExp(`^${c.name}: \\w+ is empty`));
      try {
        c.call([1, NaN, 2, Infinity, -Infinity]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ZonelinkError);
        expect((e as ZonelinkError).code).toBe('invalid-argument');
        expect((e as ZonelinkError).message).toMatch(new RegExp(`^${c.name}: `));
        expect((e as ZonelinkError).issues.map((i) => i.index)).toEqual([1, 3, 4]);
      }
      expect(c.call([7])).toEqual(c.single);
      const eq = c.call([0.1, 0.1, 0.1]);
      expect(eq).toBe(c.allEqual);
      expect(c.call([0, 0, 0])).toBeNaN();
      if (c.negatives === 'error') expect(() => c.call([3, -1, 2])).toThrow(new RegExp(`^${c.name}: \\w+ at position 1 is negative`));
      else expect(Number.isFinite(c.call([3, -1, 2]))).toBe(true);
    });
  }
});

describe('validateValues details', () => {
  it('all-equal is judged among units that carry weight', () => {
    expect(validateValues('f', [1, 1, 100], { weights: [1, 1, 0] }).trivial).toBe('all-equal');
    expect(inequality.gini([3, 3, 100], { weights: [2, 5, 0] })).toBe(0);
    expect(inequality.theilT([3, 100], { weights: [2, 0] })).toBe(0);
  });

  it('a long list of problems: the message shows 50, issues hold all', () => {
    const x = Array.from({ length: 120 }, () => NaN);
    try {
      inequality.gini(x);
      expect.unreachable();
    } catch (e) {
      const err = e as ZonelinkError;
      expect(err.issues).toHaveLength(120);
      expect(err.issues[119].index).toBe(119);
      expect(err.message).toMatch(/and 70 more \(see issues\)/);
    }
  });
});
