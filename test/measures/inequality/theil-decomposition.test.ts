import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { theilDecomposition } from '../../../src/measures/inequality/theil-decomposition.js';
import { theilT, theilL, generalizedEntropy } from '../../../src/measures/inequality/generalized-entropy.js';
import ref from '../../fixtures/inequality/reference.json';

const s = ref.sample;
type RefDecomp = { total: number; between: number; within: number; groups: Record<string, number> };

function expectMatches(d: ReturnType<typeof theilDecomposition>, r: RefDecomp) {
  expect(d.total).toBeCloseTo(r.total, 12);
  expect(d.between).toBeCloseTo(r.between, 12);
  expect(d.within).toBeCloseTo(r.within, 12);
  for (const g of d.groups) expect(g.contribution).toBeCloseTo(r.groups[String(g.group)], 12);
  expect(d.between + d.within).toBeCloseTo(d.total, 12);
  expect(d.betweenShare + d.withinShare).toBeCloseTo(1, 12);
}

describe('theilDecomposition', () => {
  it('matches the base-R Shorrocks decomposition (reference.R)', () => {
    expectMatches(theilDecomposition(s.x, s.region), s.decompT);
    expectMatches(theilDecomposition(s.x, s.region, { index: 'L' }), s.decompL);
    expectMatches(theilDecomposition(s.x, s.region, { weights: s.w }), s.decompTWeighted);
    expectMatches(theilDecomposition(s.x, s.region, { index: 'L', weights: s.w }), s.decompLWeighted);
    expectMatches(theilDecomposition(s.x, s.region, { index: 2 }), s.decompGE2);
    expectMatches(theilDecomposition(s.x, s.region, { index: -0.5, weights: s.w }), s.decompGEm05);
  });

  it('hand calculation: Theil T of [1, 3 | 6, 10]', () => {
    // μ = 5; group a: μ_a = 2, v = 0.5, s = 0.2; group b: μ_b = 8, v = 0.5, s = 0.8.
    // B = 0.2 ln(0.4) + 0.8 ln(1.6); T_a = ½(0.5 ln 0.5 + 1.5 ln 1.5); T_b = ½(0.75 ln 0.75 + 1.25 ln 1.25)
    const d = theilDecomposition([1, 3, 6, 10], ['a', 'a', 'b', 'b']);
    const B = 0.2 * Math.log(0.4) + 0.8 * Math.log(1.6);
    const Ta = 0.5 * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5));
    const Tb = 0.5 * (0.75 * Math.log(0.75) + 1.25 * Math.log(1.25));
    expect(d.between).toBeCloseTo(B, 14);
    expect(d.groups[0]).toMatchObject({ group: 'a', size: 2, populationShare: 0.5 });
    expect(d.groups[0].valueShare).toBeCloseTo(0.2, 14);
    expect(d.groups[0].index).toBeCloseTo(Ta, 14);
    expect(d.within).toBeCloseTo(0.2 * Ta + 0.8 * Tb, 14);
    expect(d.total).toBeCloseTo(theilT([1, 3, 6, 10]), 14);
  });

  it('nested groups: the two-level decomposition matches base R and sums to the total', () => {
    const pairs = s.region.map((r, i) => [r, s.province[i]] as [string, string]);
    const cases: [ReturnType<typeof theilDecomposition>, typeof s.nestedT][] = [
      [theilDecomposition(s.x, pairs, { nested: true }), s.nestedT],
      [theilDecomposition(s.x, pairs, { nested: true, index: 'L', weights: s.w }), s.nestedLWeighted],
      [theilDecomposition(s.x, pairs, { nested: true, index: 2 }), s.nestedGE2],
    ];
    for (const [d, r] of cases) {
      const n = d.nested!;
      expect(d.total).toBeCloseTo(r.total, 12);
      expect(n.betweenGroups).toBeCloseTo(r.betweenGroups, 12);
      expect(n.betweenSubgroupsWithinGroups).toBeCloseTo(r.betweenSubgroupsWithinGroups, 12);
      expect(n.withinSubgroups).toBeCloseTo(r.withinSubgroups, 12);
      expect(n.betweenGroups + n.betweenSubgroupsWithinGroups + n.withinSubgroups).toBeCloseTo(d.total, 12);
      expect(n.betweenSubgroupsWithinGroups + n.withinSubgroups).toBeCloseTo(d.within, 12);
      expect(n.betweenGroupsShare + n.betweenSubgroupsWithinGroupsShare + n.withinSubgroupsShare).toBeCloseTo(1, 12);
      expect(n.betweenSubgroupsByGroup.reduce((a, g) => a + g.contribution, 0)).toBeCloseTo(n.betweenSubgroupsWithinGroups, 12);
      expect(n.subgroups.reduce((a, g) => a + g.contribution, 0)).toBeCloseTo(n.withinSubgroups, 12);
      expect(new Set(n.subgroups.map((g) => g.parent))).toEqual(new Set(['east', 'central', 'west']));
    }
  });

  it('the same subgroup label under two groups names two subgroups', () => {
    const d = theilDecomposition([1, 2, 3, 4], [['a', 'x'], ['a', 'x'], ['b', 'x'], ['b', 'x']], { nested: true });
    expect(d.nested!.subgroups).toHaveLength(2);
    expect(d.nested!.betweenSubgroupsWithinGroups).toBe(0);
    expect(d.nested!.withinSubgroups).toBeCloseTo(d.within, 14);
  });

  it('edge cases', () => {
    const one = theilDecomposition([5], ['a']);
    expect(one).toMatchObject({ total: 0, between: 0, within: 0 });
    const eq = theilDecomposition([2, 2, 2], ['a', 'b', 'b']);
    expect(eq).toMatchObject({ total: 0, between: 0, within: 0 });
    expect(eq.betweenShare).toBeNaN();
    const single = theilDecomposition([1, 2, 3], ['a', 'a', 'a']);
    expect(single.between).toBe(0);
    expect(single.within).toBeCloseTo(single.total, 14);
    const zero = theilDecomposition([0, 0], ['a', 'b']);
    expect(zero.total).toBeNaN();
    // a group of zeros: T keeps it (s_g = 0 → contribution 0); L is infinite
    const z = theilDecomposition([0, 0, 1, 3], ['a', 'a', 'b', 'b']);
    expect(z.between + z.within).toBeCloseTo(z.total, 14);
    expect(theilDecomposition([0, 0, 1, 3], ['a', 'a', 'b', 'b'], { index: 'L' }).total).toBe(Infinity);
    expect(() => theilDecomposition([1, 2], ['a'])).toThrow(/^theilDecomposition: groups has length 1/);
    expect(() => theilDecomposition([1, 2], ['a', NaN as never])).toThrow(/groups at position 1/);
    expect(() => theilDecomposition([1, -2], ['a', 'b'])).toThrow(/^theilDecomposition: values at position 1 is negative/);
    expect(() => theilDecomposition([1, 2], ['a', 'b'], { index: 'X' as never })).toThrow(/index must be/);
    expect(() => theilDecomposition([1, 2], ['a', 'b'], { nested: true })).toThrow(/pairs/);
  });

  it('properties: between + within = total for every α, groups permuted with units', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 1, max: 100 * 1e4 }).map((v) => v / 100), fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 9 })), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(arb, fc.constantFrom<'T' | 'L' | number>('T', 'L', 2, -1, 0.5), (rows, index) => {
        const x = rows.map((r) => r[0]);
        const g = rows.map((r) => r[1]);
        const w = rows.map((r) => r[2]);
        const d = theilDecomposition(x, g, { index, weights: w });
        expect(d.between + d.within).toBeCloseTo(d.total, 9);
        const a = index === 'T' ? 1 : index === 'L' ? 0 : index;
        expect(d.total).toBeCloseTo(generalizedEntropy(x, a, { weights: w }), 12);
        const rev = theilDecomposition([...x].reverse(), [...g].reverse(), { index, weights: [...w].reverse() });
        expect(rev.between).toBeCloseTo(d.between, 9);
      }),
      { numRuns: 150 },
    );
    expect(theilL([1, 2])).toBeGreaterThan(0);
  });
});
